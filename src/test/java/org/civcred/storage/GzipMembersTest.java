package org.civcred.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

class GzipMembersTest {

    @Test
    void membersAreReportedWithTheirExactByteRanges() throws IOException {
        byte[] first = gzip("first record");
        byte[] second = gzip("second, a little longer ".repeat(5000));
        GzipMembers members = new GzipMembers(new ByteArrayInputStream(concat(first, second)));

        GzipMembers.Member a = members.next();
        assertEquals(0, a.offset());
        assertEquals(first.length, a.length());
        assertArrayEquals("first record".getBytes(StandardCharsets.UTF_8), a.content());
        GzipMembers.Member b = members.next();
        assertEquals(first.length, b.offset());
        assertEquals(second.length, b.length());
        assertNull(members.next());
    }

    @Test
    void optionalHeaderFieldsAreSkipped() throws IOException {
        byte[] plain = gzip("named");
        byte[] named = new byte[plain.length + 6];
        System.arraycopy(plain, 0, named, 0, 10);
        named[3] = 8;
        System.arraycopy("a.txt\0".getBytes(StandardCharsets.US_ASCII), 0, named, 10, 6);
        System.arraycopy(plain, 10, named, 16, plain.length - 10);
        assertArrayEquals("named".getBytes(StandardCharsets.UTF_8),
                new GzipMembers(new ByteArrayInputStream(named)).next().content());
    }

    @Test
    void aMemberCutShortIsReportedAsAnEndOfFile() {
        byte[] member = gzip("some text that compresses");
        GzipMembers members = new GzipMembers(new ByteArrayInputStream(Arrays.copyOf(member, member.length - 3)));
        assertThrows(EOFException.class, members::next);
    }

    @Test
    void aWrongChecksumOrForeignBytesAreReportedAsDamage() throws IOException {
        byte[] member = gzip("checked");
        member[member.length - 8] ^= 1;
        assertThrows(ZipException.class, () -> new GzipMembers(new ByteArrayInputStream(member)).next());

        GzipMembers members = new GzipMembers(new ByteArrayInputStream(concat(gzip("ok"), "junk".getBytes())));
        members.next();
        assertThrows(ZipException.class, members::next);
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
