package org.civcred.storage;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Walks a multi-member gzip file one member at a time, checking each member completely (header,
 * deflate stream, CRC-32 and length trailer) and reporting its exact byte range.
 *
 * <p>Recovery needs exact member boundaries to know where the last intact record group ends; a
 * streaming WARC reader only notices damage somewhere after it. Damage is reported as
 * {@link ZipException} (bad bytes) or {@link EOFException} (cut short); any other
 * {@link IOException} is a real read failure and must not be mistaken for a damaged file.
 */
final class GzipMembers {

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    /** One intact member: where it is and what it decompresses to. */
    record Member(long offset, long length, byte[] content) {
    }

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    /** File offset of {@code buffer[0]}. */
    private long bufferStart;

    GzipMembers(InputStream in) {
        this.in = in;
    }

    /** The next intact member, or null at a clean end of file. */
    Member next() throws IOException {
        if (!fill()) {
            return null;
        }
        long start = offset();
        readHeader();
        CRC32 crc = new CRC32();
        byte[] content = inflate(crc);
        long checksum = readLittleEndianInt();
        long size = readLittleEndianInt();
        if (checksum != crc.getValue() || size != (content.length & 0xFFFFFFFFL)) {
            throw new ZipException("gzip member at " + start + " fails its CRC or length check");
        }
        return new Member(start, offset() - start, content);
    }

    /** Current file offset: bytes consumed so far. */
    long offset() {
        return bufferStart + position;
    }

    private void readHeader() throws IOException {
        if (readByte() != 0x1F || readByte() != 0x8B) {
            throw new ZipException("no gzip member starts at " + (offset() - 2));
        }
        if (readByte() != 8) {
            throw new ZipException("gzip member at " + (offset() - 3) + " is not deflate-compressed");
        }
        int flags = readByte();
        skip(6);
        if ((flags & FEXTRA) != 0) {
            skip(readByte() | (readByte() << 8));
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FHCRC) != 0) {
            skip(2);
        }
    }

    private byte[] inflate(CRC32 crc) throws IOException {
        Inflater inflater = new Inflater(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        try {
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    if (!fill()) {
                        throw new EOFException("gzip member cut short at " + offset());
                    }
                    inflater.setInput(buffer, position, limit - position);
                    position = limit;
                }
                int n = inflater.inflate(chunk);
                if (n == 0 && inflater.needsDictionary()) {
                    throw new ZipException("gzip member needs a preset dictionary at " + offset());
                }
                crc.update(chunk, 0, n);
                out.write(chunk, 0, n);
            }
            position = limit - inflater.getRemaining();
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new ZipException("corrupt deflate data before " + offset() + ": " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    private long readLittleEndianInt() throws IOException {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value |= (long) readByte() << (8 * i);
        }
        return value;
    }

    private void skipZeroTerminated() throws IOException {
        while (readByte() != 0) {
            // field content is not needed
        }
    }

    private void skip(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            readByte();
        }
    }

    private int readByte() throws IOException {
        if (!fill()) {
            throw new EOFException("gzip member cut short at " + offset());
        }
        return buffer[position++] & 0xFF;
    }

    /** Makes at least one unread byte available; false at end of file. */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        bufferStart += limit;
        position = 0;
        limit = 0;
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        limit = n;
        return true;
    }
}
