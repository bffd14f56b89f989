package org.civcred.jobs.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.civcred.config.CivcredException;
import org.civcred.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdHashKeyTest {

    private static final byte[] KEY = HexFormat.of().parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

    @TempDir
    Path data;

    private byte[] resolve(Settings settings, Map<String, String> env) {
        return IdHashKey.resolve(settings, data.toString(), env);
    }

    @Test
    void theEnvironmentVariableWinsInHexOrBase64() {
        assertArrayEquals(KEY, resolve(Settings.defaults(), Map.of(IdHashKey.ENV, HexFormat.of().formatHex(KEY))));
        assertArrayEquals(KEY, resolve(Settings.defaults(), Map.of(IdHashKey.ENV, Base64.getEncoder().encodeToString(KEY))));
        assertTrue(Files.notExists(data.resolve("state")), "nothing is created when a key is given");
    }

    @Test
    void aKeyShorterThan32BytesIsRefusedWithAHint() {
        CivcredException e = assertThrows(CivcredException.class,
                () -> resolve(Settings.defaults(), Map.of(IdHashKey.ENV, "abcd")));
        assertTrue(e.getMessage().contains("openssl rand -hex 32"), e.getMessage());
    }

    @Test
    void theConfiguredFileComesNextAndMayHoldRawBytes() throws Exception {
        Path file = data.resolve("my.key");
        Files.write(file, KEY);
        Settings settings = Settings.defaults().with("privacy.id-hash-key-file", file.toString(), "test");
        assertArrayEquals(KEY, resolve(settings, Map.of()));
        Settings missing = Settings.defaults().with("privacy.id-hash-key-file", data.resolve("nope").toString(), "test");
        assertThrows(CivcredException.class, () -> resolve(missing, Map.of()));
    }

    @Test
    void aGeneratedKeyIsOwnerOnlyReadBackOnTheNextRunAndNeverReplaced() throws Exception {
        byte[] created = IdHashKey.generate(data.toString());
        Path file = data.resolve("state").resolve("id-hash.key");
        assertEquals(32, created.length);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(HexFormat.of().formatHex(created), Files.readString(file).strip());
        assertArrayEquals(created, resolve(Settings.defaults(), Map.of()));
        assertTrue(IdHashKey.available(Settings.defaults(), data.toString(), Map.of()));
        CivcredException again = assertThrows(CivcredException.class, () -> IdHashKey.generate(data.toString()));
        assertTrue(again.getMessage().contains("already exists"), again.getMessage());
        assertEquals(HexFormat.of().formatHex(created), Files.readString(file).strip(), "the old key is kept");
    }

    @Test
    void byDefaultAMissingKeyIsAUsageErrorNamingKeygenAndNothingIsCreated() {
        assertTrue(!IdHashKey.available(Settings.defaults(), data.toString(), Map.of()));
        CivcredException e = assertThrows(CivcredException.class, () -> resolve(Settings.defaults(), Map.of()));
        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().contains("bin/civcred keygen --data " + data), e.getMessage());
        assertTrue(e.getMessage().contains(IdHashKey.ENV) && e.getMessage().contains("id-hash.key"), e.getMessage());
        assertTrue(Files.notExists(data.resolve("state")), "no key is made behind the user's back");
    }

    @Test
    void creationCanStillBeSwitchedOnExplicitly() throws Exception {
        Settings settings = Settings.defaults().with("privacy.create-key-if-missing", "true", "test");
        byte[] created = resolve(settings, Map.of());
        assertArrayEquals(created, resolve(Settings.defaults(), Map.of()));
    }
}
