package org.civcred.storage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.UUID;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Turns one {@link FetchRecord} into the gzip members of its WARC record group, in memory.
 *
 * <p>Group shapes: {@code request} → {@code response} → {@code metadata}; {@code request} →
 * {@code revisit} → {@code metadata} when the payload was unchanged; a lone {@code metadata}
 * record when no response arrived. Every record is its own gzip member, so any record can be read
 * by seeking to its offset. Offsets in the result are relative to the start of the group.
 */
public final class RecordGroupEncoder {

    static final String WARC_FORMAT = "WARC File Format 1.1";
    static final String WARC_CONFORMS_TO =
            "http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/";

    /**
     * One encoded group.
     *
     * @param bytes         all members, ready to append to a file
     * @param mainOffset    offset of the response/revisit (or lone metadata) member within {@code bytes}
     * @param mainLength    its compressed length
     * @param mainId        its WARC-Record-ID
     * @param payloadDigest the payload digest for responses and revisits, else null
     */
    record EncodedGroup(byte[] bytes, long mainOffset, long mainLength, URI mainId, String payloadDigest) {
    }

    private RecordGroupEncoder() {
    }

    static EncodedGroup encode(FetchRecord r, String defaultCrawlId) throws IOException {
        Instant date = r.fetchTime();
        String url = HttpBlocks.oneLine(r.request().url());
        byte[] fields = MetadataFields.encode(MetadataFields.of(r, defaultCrawlId));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        URI mainId;
        String payloadDigest = null;
        long mainOffset;
        long mainLength;
        try (Members members = new Members(out)) {
            if (r.response() == null && r.revisit() == null) {
                WarcMetadata lone = metadata(url, date, fields, null);
                mainId = lone.id();
                mainOffset = members.write(lone);
                mainLength = members.position() - mainOffset;
            } else {
                mainId = URI.create("urn:uuid:" + UUID.randomUUID());
                String protocol = r.response() == null ? "HTTP/1.1" : r.response().protocol();
                members.write(new WarcRequest.Builder(url).version(MessageVersion.WARC_1_1).date(date)
                        .concurrentTo(mainId)
                        .body(MediaType.HTTP_REQUEST, HttpBlocks.request(r.request(), r.requestHeaders(), protocol))
                        .build());
                if (r.revisit() != null) {
                    payloadDigest = r.revisit().payloadDigest();
                    mainOffset = members.write(revisit(r, mainId));
                } else {
                    WarcResponse response = response(r, mainId);
                    payloadDigest = response.payloadDigest().map(WarcDigest::toString).orElse(null);
                    mainOffset = members.write(response);
                }
                mainLength = members.position() - mainOffset;
                members.write(metadata(url, date, fields, mainId));
            }
        }
        return new EncodedGroup(out.toByteArray(), mainOffset, mainLength, mainId, payloadDigest);
    }

    /** The first member of every file: who wrote it, for which crawl, under which rules. */
    static byte[] warcinfo(String filename, Instant date, WarcStoreOptions options) throws IOException {
        String fields = "software: " + HttpBlocks.oneLine(options.software()) + "\r\n"
                + "operator: " + HttpBlocks.oneLine(options.operator()) + "\r\n"
                + "format: " + WARC_FORMAT + "\r\n"
                + "conformsTo: " + WARC_CONFORMS_TO + "\r\n"
                + "isPartOf: " + options.crawlId() + "\r\n"
                + "http-header-user-agent: " + HttpBlocks.oneLine(options.userAgent()) + "\r\n"
                + "robots: " + HttpBlocks.oneLine(options.robotsPolicy()) + "\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Members members = new Members(out)) {
            members.write(new Warcinfo.Builder().version(MessageVersion.WARC_1_1).date(date).filename(filename)
                    .body(MediaType.WARC_FIELDS, fields.getBytes(StandardCharsets.UTF_8))
                    .build());
        }
        return out.toByteArray();
    }

    private static WarcResponse response(FetchRecord r, URI id) throws IOException {
        HttpResponseData http = r.response();
        byte[] block = HttpBlocks.response(http, true);
        int bodyStart = block.length - http.body().length;
        WarcResponse.Builder builder = new WarcResponse.Builder(HttpBlocks.oneLine(r.request().url()))
                .version(MessageVersion.WARC_1_1).recordId(id).date(r.fetchTime())
                .blockDigest(sha1(block, 0, block.length))
                .payloadDigest(sha1(block, bodyStart, http.body().length))
                .body(MediaType.HTTP_RESPONSE, block);
        if (http.truncated()) {
            builder.truncated(WarcTruncationReason.LENGTH);
        }
        return builder.build();
    }

    private static WarcRevisit revisit(FetchRecord r, URI id) throws IOException {
        Revisit revisit = r.revisit();
        WarcRevisit.Builder builder = new WarcRevisit.Builder(HttpBlocks.oneLine(r.request().url()),
                        URI.create(revisit.profile()))
                .version(MessageVersion.WARC_1_1).recordId(id).date(r.fetchTime());
        if (revisit.refersTo() != null && revisit.refersToUri() != null && revisit.refersToDate() != null) {
            builder.refersTo(revisit.refersTo(), HttpBlocks.oneLine(revisit.refersToUri()), revisit.refersToDate());
        } else if (revisit.refersTo() != null) {
            builder.refersTo(revisit.refersTo());
        }
        if (revisit.payloadDigest() != null) {
            // Copied verbatim: it is the earlier record's own value, whatever its spelling.
            builder.setHeader("WARC-Payload-Digest", HttpBlocks.oneLine(revisit.payloadDigest()));
        }
        if (r.response() != null) {
            byte[] head = HttpBlocks.response(r.response(), false);
            builder.blockDigest(sha1(head, 0, head.length)).body(MediaType.HTTP_RESPONSE, head);
        }
        return builder.build();
    }

    private static WarcMetadata metadata(String url, Instant date, byte[] fields, URI concurrentTo) {
        WarcMetadata.Builder builder = new WarcMetadata.Builder().version(MessageVersion.WARC_1_1).date(date)
                .targetURI(url).body(MediaType.WARC_FIELDS, fields);
        if (concurrentTo != null) {
            builder.concurrentTo(concurrentTo);
        }
        return builder.build();
    }

    /** The SHA-1 WARC digest of a byte range; also used by writers of synthetic WARC files. */
    public static WarcDigest sha1(byte[] data, int offset, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            digest.update(data, offset, length);
            return new WarcDigest("sha1", digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-1", e);
        }
    }

    /** Writes records as gzip members and reports where each one starts. */
    private static final class Members implements AutoCloseable {
        private final WarcWriter writer;

        Members(ByteArrayOutputStream out) throws IOException {
            this.writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP);
        }

        /** Writes a record and returns the offset of its member. */
        long write(WarcRecord record) throws IOException {
            long offset = writer.position();
            writer.write(record);
            return offset;
        }

        long position() {
            return writer.position();
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }
}
