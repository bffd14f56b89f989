package org.civcred.mirror;

import org.civcred.model.CrawlRequest;

/**
 * One servable response of the snapshot, for tests and export.
 *
 * @param target   path and query as requested ({@code /api/v2/candidates?activityId=…})
 * @param formBody the POST form for POST resources, else empty
 * @param body     the raw (uncompressed) body bytes in the host's encoding
 */
public record MirrorResource(String host, String method, String target, String formBody, int status,
                             String contentType, byte[] body) {

    public String url() {
        return "http://" + host + target;
    }

    public CrawlRequest request() {
        return new CrawlRequest(method, url(), formBody);
    }
}
