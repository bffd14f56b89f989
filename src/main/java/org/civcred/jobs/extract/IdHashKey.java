package org.civcred.jobs.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.civcred.config.Errors;
import org.civcred.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret key for {@code list_entries.id_hash}: a keyed hash of a masked identity number links
 * the same masked number across lists without letting anyone recompute it from the public data.
 *
 * <p>Where the key comes from, first found wins:
 * <ol>
 *   <li>the environment variable {@code CIVCRED_ID_HASH_KEY} (hex or base64);</li>
 *   <li>the file named by setting {@code privacy.id-hash-key-file};</li>
 *   <li>{@code <data>/state/id-hash.key} when it exists;</li>
 *   <li>otherwise a usage error saying how to make one ({@code bin/civcred keygen --data D}), unless
 *       {@code privacy.create-key-if-missing} is true (default false), when one is created there.</li>
 * </ol>
 * A key is never made behind a user's back: a run that silently made a fresh key on a copy of the
 * data (or after the key file was lost) would give every person new hashes, and links to earlier
 * runs or exports would quietly break. {@link #generate} (the {@code keygen} command, and the demo
 * for its own sandbox) makes one on purpose: 32 random bytes as 64 hex digits, readable by the owner
 * only on a local file system. A key file holds hex, base64, or the raw bytes; every key must have
 * at least 32 bytes. Keys live with the data, never in the repository.
 */
public final class IdHashKey {

    private static final Logger LOG = LoggerFactory.getLogger(IdHashKey.class);
    public static final String ENV = "CIVCRED_ID_HASH_KEY";
    public static final int MIN_BYTES = 32;

    private IdHashKey() {
    }

    public static byte[] resolve(Settings settings, String dataDir) {
        return resolve(settings, dataDir, System.getenv());
    }

    /** As {@link #resolve(Settings, String)}, with the environment given (for tests). */
    public static byte[] resolve(Settings settings, String dataDir, Map<String, String> env) {
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return checked(decodeText(fromEnv.strip()).orElseThrow(() -> Errors.usage(
                    "The environment variable " + ENV + " is neither hex nor base64",
                    "Set it to at least 32 bytes written as hex or base64, e.g. the output of: openssl rand -hex 32")),
                    "the environment variable " + ENV);
        }
        String configured = settings.string("privacy.id-hash-key-file");
        if (!configured.isBlank()) {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(configured);
            if (!exists(path)) {
                throw Errors.usage("The id hash key file " + configured + " (setting privacy.id-hash-key-file, from "
                        + settings.source("privacy.id-hash-key-file") + ") does not exist",
                        "Create it with: openssl rand -hex 32 > " + configured + ", or clear the setting");
            }
            return checked(read(path), configured);
        }
        org.apache.hadoop.fs.Path standard = new org.apache.hadoop.fs.Path(standardFile(dataDir));
        if (exists(standard)) {
            return checked(read(standard), standard.toString());
        }
        if (!bool(settings, "privacy.create-key-if-missing")) {
            throw Errors.usage("No key for hashing identity numbers, which extract needs for list_entries.id_hash: "
                    + ENV + " is not set, setting privacy.id-hash-key-file is empty and " + standard + " does not exist",
                    "Create one for this data directory once with: bin/civcred keygen --data " + dataDir
                            + " (or set " + ENV + " to the output of: openssl rand -hex 32); keep it with the data,"
                            + " never in a repository, and keep using the same key so hashes stay comparable");
        }
        return create(standard);
    }

    /** The standard key file of a data directory. */
    public static String standardFile(String dataDir) {
        return dataDir.replaceAll("/+$", "") + "/state/id-hash.key";
    }

    /**
     * Creates a new key at {@link #standardFile}; refuses when one is there already, since replacing it
     * would change every hash the data holds.
     */
    public static byte[] generate(String dataDir) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(standardFile(dataDir));
        if (exists(path)) {
            throw Errors.usage("A key for hashing identity numbers already exists at " + path,
                    "Keep it: a new key would change every id_hash and pseudonym; to start over, move the old file away first");
        }
        return create(path);
    }

    /** True when {@link #resolve} finds a key without creating one. */
    public static boolean available(Settings settings, String dataDir, Map<String, String> env) {
        String fromEnv = env.get(ENV);
        return (fromEnv != null && !fromEnv.isBlank()) || !settings.string("privacy.id-hash-key-file").isBlank()
                || exists(new org.apache.hadoop.fs.Path(standardFile(dataDir)));
    }

    private static byte[] create(org.apache.hadoop.fs.Path path) {
        byte[] key = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(key);
        byte[] text = (HexFormat.of().formatHex(key) + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            FileSystem fs = path.getFileSystem(new Configuration());
            if ("file".equals(fs.getScheme())) {
                Path local = Path.of(fs.makeQualified(path).toUri());
                Files.createDirectories(local.getParent());
                Files.createFile(local, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.write(local, text);
            } else {
                try (OutputStream out = fs.create(path, false)) {
                    out.write(text);
                }
                fs.setPermission(path, new FsPermission((short) 0600));
            }
        } catch (FileAlreadyExistsException e) {
            return checked(read(path), path.toString());
        } catch (IOException | UnsupportedOperationException e) {
            throw Errors.io("Cannot create the id hash key file " + path, e);
        }
        LOG.info("Created a new key for hashing identity numbers at {} (keep it with the data; do not commit it)", path);
        return key;
    }

    private static boolean exists(org.apache.hadoop.fs.Path path) {
        try {
            return path.getFileSystem(new Configuration()).exists(path);
        } catch (IOException e) {
            throw Errors.io("Cannot check the id hash key file " + path, e);
        }
    }

    private static byte[] read(org.apache.hadoop.fs.Path path) {
        try (InputStream in = path.getFileSystem(new Configuration()).open(path)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            byte[] bytes = out.toByteArray();
            return decodeText(new String(bytes, StandardCharsets.US_ASCII).strip()).orElse(bytes);
        } catch (IOException e) {
            throw Errors.io("Cannot read the id hash key file " + path, e);
        }
    }

    /** Hex first (64 hex digits are also valid base64), then base64; empty when neither. */
    static Optional<byte[]> decodeText(String text) {
        if (text.matches("(?i)[0-9a-f]+") && text.length() % 2 == 0) {
            return Optional.of(HexFormat.of().parseHex(text.toLowerCase(Locale.ROOT)));
        }
        if (text.matches("[A-Za-z0-9+/_-]+={0,2}")) {
            try {
                return Optional.of(text.contains("-") || text.contains("_")
                        ? Base64.getUrlDecoder().decode(text) : Base64.getDecoder().decode(text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static byte[] checked(byte[] key, String source) {
        if (key.length < MIN_BYTES) {
            throw Errors.usage("The id hash key from " + source + " has " + key.length + " bytes, fewer than "
                    + MIN_BYTES, "Use at least 32 random bytes, e.g. the output of: openssl rand -hex 32");
        }
        return key;
    }

    private static boolean bool(Settings settings, String key) {
        String v = settings.string(key).strip().toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw Errors.badSetting(settings.source(key), key, v, "true or false");
        }
        return v.equals("true");
    }
}
