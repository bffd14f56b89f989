package org.civcred.crawl;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civcred.model.Header;
import org.civcred.storage.CaptureRef;
import org.civcred.storage.HttpResponseData;
import org.civcred.storage.PriorCapture;
import org.civcred.storage.Revisit;
import org.netpreserve.jwarc.WarcDigest;

/**
 * Re-crawl without re-archiving what did not change. A GET whose request was captured by an
 * earlier crawl carries {@code If-None-Match} / {@code If-Modified-Since}; a 304 becomes a
 * {@code server-not-modified} revisit, and a 200 whose payload digest equals the earlier one an
 * {@code identical-payload-digest} revisit. New successful captures are remembered for the next
 * crawl.
 */
final class ConditionalGet {

    private final CrawlArchive archive;

    ConditionalGet(CrawlArchive archive) {
        this.archive = archive;
    }

    Optional<PriorCapture> prior(FrontierEntry e) {
        return archive.latest(e.key());
    }

    /** Validators to send; POSTs are never made conditional. */
    static List<Header> headers(FrontierEntry e, Optional<PriorCapture> prior) {
        List<Header> headers = new ArrayList<>();
        if (prior.isEmpty() || e.request().isPost()) {
            return headers;
        }
        PriorCapture p = prior.get();
        if (p.etag() != null && !p.etag().isBlank()) {
            headers.add(new Header("If-None-Match", p.etag()));
        }
        if (p.lastModified() != null && !p.lastModified().isBlank()) {
            headers.add(new Header("If-Modified-Since", p.lastModified()));
        }
        return headers;
    }

    /** A revisit when the new payload is byte-identical to the prior capture's. */
    static Optional<Revisit> identical(Optional<PriorCapture> prior, byte[] body) {
        if (prior.isEmpty() || prior.get().payloadDigest() == null) {
            return Optional.empty();
        }
        PriorCapture p = prior.get();
        if (!normalise(p.payloadDigest()).equals(normalise(digest(body)))) {
            return Optional.empty();
        }
        return Optional.of(new Revisit(Revisit.IDENTICAL_PAYLOAD_DIGEST, p.recordId(), p.targetUri(), p.date(),
                p.payloadDigest()));
    }

    static Revisit notModified(PriorCapture p) {
        return new Revisit(Revisit.SERVER_NOT_MODIFIED, p.recordId(), p.targetUri(), p.date(), p.payloadDigest());
    }

    /** Remembers a new successful capture for later crawls. */
    void remember(FrontierEntry e, Fetcher.Result r, CaptureRef ref) throws IOException {
        HttpResponseData res = r.response();
        String digest = ref.payloadDigest() != null ? ref.payloadDigest() : digest(res.body());
        archive.remember(new PriorCapture(e.key(), ref.recordId(), e.url(), r.fetchTime(), digest,
                res.header("ETag").orElse(null), res.header("Last-Modified").orElse(null), ref.warcFile(), ref.offset()));
    }

    /** {@code sha1:BASE32} of a payload, as WARC payload digests are written. */
    static String digest(byte[] body) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(body);
            return new WarcDigest(sha1).prefixedBase32();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }

    private static String normalise(String digest) {
        String d = digest.trim();
        int colon = d.indexOf(':');
        return (colon >= 0 ? d.substring(colon + 1) : d).toUpperCase(Locale.ROOT);
    }
}
