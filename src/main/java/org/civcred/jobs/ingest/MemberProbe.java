package org.civcred.jobs.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * Finds intact gzip members in a damaged {@code .warc.gz} file (and record starts in a damaged
 * plain {@code .warc}), so reading can resume after a bad record instead of losing the rest of the file. A member counts only when it inflates completely,
 * its CRC-32 and length trailer agree, and its content starts a WARC record ({@code WARC/}).
 * Used only after damage, so its cost (inflating a member to test it) is paid rarely.
 */
final class MemberProbe {

    private static final int SCAN_CHUNK = 64 * 1024;
    private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PLAIN_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

    private final FSDataInputStream in;
    private final long fileLength;

    MemberProbe(FSDataInputStream in, long fileLength) {
        this.in = in;
        this.fileLength = fileLength;
    }

    /** The offset of the first intact WARC member starting at or after {@code from}, or -1. */
    long nextMember(long from) throws IOException {
        byte[] chunk = new byte[SCAN_CHUNK + 2];
        for (long start = Math.max(0, from); start < fileLength - 2; start += SCAN_CHUNK) {
            int n = readAt(start, chunk);
            for (int i = 0; i + 2 < n; i++) {
                if ((chunk[i] & 0xff) == 0x1f && (chunk[i + 1] & 0xff) == 0x8b && chunk[i + 2] == 8
                        && memberEnd(start + i) > 0) {
                    return start + i;
                }
            }
        }
        return -1;
    }

    /**
     * The offset of the first line at or after {@code from} that starts a WARC record
     * ({@code WARC/1.0} or {@code WARC/1.1} at the start of a line), or -1: where reading an
     * uncompressed file resumes after a record whose Content-Length was wrong.
     */
    long nextPlainRecord(long from) throws IOException {
        byte[] chunk = new byte[SCAN_CHUNK + PLAIN_MAGIC.length + 1];
        for (long start = Math.max(1, from); start < fileLength - PLAIN_MAGIC.length; start += SCAN_CHUNK) {
            int n = readAt(start - 1, chunk);
            for (int i = 1; i + PLAIN_MAGIC.length < n; i++) {
                if (chunk[i - 1] == '\n' && startsWithMagic(chunk, i)) {
                    return start - 1 + i;
                }
            }
        }
        return -1;
    }

    private static boolean startsWithMagic(byte[] chunk, int at) {
        for (int k = 0; k < PLAIN_MAGIC.length; k++) {
            if (chunk[at + k] != PLAIN_MAGIC[k]) {
                return false;
            }
        }
        byte version = chunk[at + PLAIN_MAGIC.length];
        return version == '0' || version == '1';
    }

    /**
     * The end offset of the intact WARC member starting at {@code offset}, or -1 when there is none.
     * Inflates the member without keeping its content: only its first bytes and its checksum matter.
     */
    long memberEnd(long offset) throws IOException {
        Reader r = new Reader(offset);
        Inflater inflater = new Inflater(true);
        try {
            r.skipHeader();
            CRC32 crc = new CRC32();
            byte[] out = new byte[SCAN_CHUNK];
            byte[] head = new byte[WARC_MAGIC.length];
            long size = 0;
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    r.feed(inflater);
                }
                int n = inflater.inflate(out);
                if (n == 0 && (inflater.needsDictionary())) {
                    return -1;
                }
                if (size < head.length) {
                    System.arraycopy(out, 0, head, (int) size, (int) Math.min(n, head.length - size));
                }
                crc.update(out, 0, n);
                size += n;
            }
            r.giveBack(inflater.getRemaining());
            boolean trailerOk = r.int32() == crc.getValue() && r.int32() == (size & 0xffffffffL);
            return trailerOk && java.util.Arrays.equals(head, WARC_MAGIC) ? r.position : -1;
        } catch (DataFormatException | EOFException e) {
            return -1;
        } finally {
            inflater.end();
        }
    }

    private int readAt(long position, byte[] buffer) throws IOException {
        int want = (int) Math.min(buffer.length, fileLength - position);
        in.readFully(position, buffer, 0, want);
        return want;
    }

    /** Sequential reads from an offset, tracking the position (positional reads leave the stream alone). */
    private final class Reader {
        private final byte[] buffer = new byte[SCAN_CHUNK];
        private long position;
        private int lastFed;

        Reader(long position) {
            this.position = position;
        }

        int byteAt() throws IOException {
            if (position >= fileLength) {
                throw new EOFException("gzip member cut short at " + position);
            }
            byte[] one = new byte[1];
            in.readFully(position++, one, 0, 1);
            return one[0] & 0xff;
        }

        void skipHeader() throws IOException, DataFormatException {
            if (byteAt() != 0x1f || byteAt() != 0x8b || byteAt() != 8) {
                throw new DataFormatException("no gzip member");
            }
            int flags = byteAt();
            position += 6;
            if ((flags & 4) != 0) {
                position += byteAt() | (byteAt() << 8);
            }
            if ((flags & 8) != 0) {
                while (byteAt() != 0) {
                    // file name
                }
            }
            if ((flags & 16) != 0) {
                while (byteAt() != 0) {
                    // comment
                }
            }
            if ((flags & 2) != 0) {
                position += 2;
            }
        }

        void feed(Inflater inflater) throws IOException {
            if (position >= fileLength) {
                throw new EOFException("gzip member cut short at " + position);
            }
            lastFed = readAt(position, buffer);
            position += lastFed;
            inflater.setInput(buffer, 0, lastFed);
        }

        void giveBack(int unread) {
            position -= unread;
        }

        long int32() throws IOException {
            long v = 0;
            for (int i = 0; i < 4; i++) {
                v |= (long) byteAt() << (8 * i);
            }
            return v;
        }
    }
}
