package org.civcred.site.spec;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A seed: either a bare URL string (a GET) or {@code {method: POST, url: …, form: a=1&b=2}}.
 * The form body is sent as written (field order kept), already URL-encoded.
 */
public record SeedSpec(String method, String url, String form) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public SeedSpec {
        method = method == null ? "GET" : method;
        form = form == null ? "" : form;
    }

    /** The short form: a URL string means a GET. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SeedSpec of(String url) {
        return new SeedSpec("GET", url, "");
    }
}
