package org.civcred.jobs.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.netpreserve.jwarc.WarcDigest;

/**
 * WARC digest checks. Digests are written {@code sha1:BASE32} in the tables whatever spelling the
 * archive used ({@code sha1:} hex, {@code SHA-1:} …), so civcred's own records and imported ones
 * compare equal when their payloads do.
 */
final class PayloadDigests {

    private PayloadDigests() {
    }

    /** The declared digest, or empty when absent or unparsable (an unparsable one is not trusted either way). */
    static Optional<WarcDigest> declared(Supplier<Optional<WarcDigest>> header) {
        try {
            return header.get();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether one of the candidate byte ranges hashes to the declared digest. True when the
     * algorithm is unknown to this JVM: such a digest cannot be checked, and is not a defect.
     */
    static boolean matchesAny(WarcDigest declared, byte[]... candidates) {
        MessageDigest md;
        try {
            md = declared.getDigester();
        } catch (NoSuchAlgorithmException | RuntimeException e) {
            return true;
        }
        for (byte[] candidate : candidates) {
            md.reset();
            if (Arrays.equals(md.digest(candidate), declared.bytes())) {
                return true;
            }
        }
        return false;
    }

    /** {@code sha1:BASE32} of the bytes. */
    static String sha1(byte[] bytes) {
        try {
            return normalized(new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JRE", e);
        }
    }

    /** The table spelling: lower-case algorithm without dashes, base32 value. */
    static String normalized(WarcDigest digest) {
        String algorithm = digest.algorithm().toLowerCase(Locale.ROOT).replace("-", "");
        return algorithm + ":" + digest.base32();
    }
}
