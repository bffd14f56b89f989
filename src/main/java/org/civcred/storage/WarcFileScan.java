package org.civcred.storage;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one WARC file group by group and finds where its intact part ends.
 *
 * <p>A group is committed by its closing {@code metadata} record; the warcinfo record commits
 * itself. The valid prefix ends after the last committed member. Everything after it (a member cut
 * by a crash, appended garbage, records of a group whose metadata never made it) is damage.
 * Damage in the middle of a file also ends the valid prefix there: later bytes cannot be trusted
 * to start on a record boundary.
 */
final class WarcFileScan {

    private static final Logger LOG = LoggerFactory.getLogger(WarcFileScan.class);

    /**
     * @param validEnd bytes from the start that hold only complete groups
     * @param damage   why the scan stopped early, or null when the whole file is intact
     */
    record Result(long validEnd, String damage) {
    }

    /** One record taken out of its gzip member. */
    private record Parsed(String type, String target, byte[] block, boolean truncated) {
    }

    /** A member that is valid gzip but holds no readable WARC record. */
    private static final class UnreadableRecord extends Exception {
        UnreadableRecord(String message) {
            super(message);
        }
    }

    private WarcFileScan() {
    }

    /** Scans a file, adding each complete group to the tally. Real read errors propagate. */
    static Result scan(InputStream in, RecoveryTally tally) throws IOException {
        GzipMembers members = new GzipMembers(in);
        long committedEnd = 0;
        Parsed pendingResponse = null;
        int pendingRecords = 0;
        try {
            GzipMembers.Member member;
            while ((member = members.next()) != null) {
                long end = member.offset() + member.length();
                Parsed record = parse(member);
                switch (record.type()) {
                    case "warcinfo" -> {
                        committedEnd = end;
                        pendingRecords = 0;
                        pendingResponse = null;
                    }
                    case "metadata" -> {
                        Map<String, String> fields = MetadataFields.decode(record.block());
                        tally.addGroup(fields, robotsResponse(fields, pendingResponse), record.target());
                        committedEnd = end;
                        pendingRecords = 0;
                        pendingResponse = null;
                    }
                    case "response" -> {
                        pendingRecords++;
                        pendingResponse = record;
                    }
                    default -> pendingRecords++;
                }
            }
        } catch (ZipException | EOFException | UnreadableRecord e) {
            return new Result(committedEnd, "damaged after byte " + committedEnd + ": " + e.getMessage());
        }
        if (pendingRecords > 0) {
            return new Result(committedEnd, pendingRecords + " record(s) of a group without its closing metadata");
        }
        return new Result(committedEnd, null);
    }

    /** The group's response when it was a robots.txt fetch (the only responses recovery needs). */
    private static HttpResponseData robotsResponse(Map<String, String> fields, Parsed response) {
        if (response == null || !"robots".equals(fields.get(MetadataFields.PURPOSE))) {
            return null;
        }
        try {
            return HttpBlocks.parseResponse(response.block(), response.truncated());
        } catch (IllegalArgumentException e) {
            LOG.warn("Archived robots.txt response for {} is not HTTP ({}); it will be fetched again",
                    response.target(), e.getMessage());
            return null;
        }
    }

    private static Parsed parse(GzipMembers.Member member) throws UnreadableRecord {
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(member.content()))) {
            WarcRecord record = reader.next()
                    .orElseThrow(() -> new UnreadableRecord("empty gzip member at " + member.offset()));
            String target = record instanceof WarcTargetRecord t ? t.target() : null;
            byte[] block = record.body().stream().readAllBytes();
            return new Parsed(record.type(), target, block, record.truncated() != WarcTruncationReason.NOT_TRUNCATED);
        } catch (IOException | RuntimeException e) {
            // The member passed its CRC check, so whatever jwarc trips over is in the record itself.
            throw new UnreadableRecord("unreadable WARC record at " + member.offset() + ": " + e);
        }
    }
}
