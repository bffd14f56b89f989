package org.civcred.jobs.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BinaryBodiesTest {

    @Test
    void magicNumbersNameTheBinaryWhateverTheLabel() {
        assertEquals(Optional.of("a PDF document"), BinaryBodies.kind("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of("a PNG image"), BinaryBodies.kind(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10}));
        assertEquals(Optional.of("a JPEG image"), BinaryBodies.kind(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        assertEquals(Optional.of("a ZIP archive or Office document"), BinaryBodies.kind(new byte[] {'P', 'K', 3, 4, 0}));
    }

    @Test
    void textIncludingUtf16WithItsByteOrderMarkIsNotBinary() {
        assertEquals(Optional.empty(), BinaryBodies.kind("<html><body>文</body></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), BinaryBodies.kind("<html>".getBytes(StandardCharsets.UTF_16)));
        assertEquals(Optional.of("binary data (NUL bytes in the first 1024)"),
                BinaryBodies.kind(new byte[] {'<', 'h', 0, 'x'}));
    }
}
