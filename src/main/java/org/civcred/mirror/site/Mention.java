package org.civcred.mirror.site;

/** A placed appearance of a planted person or distractor: a subject on a concrete page. */
public record Mention(Subject subject, Host host, String url, String requestKey) {
}
