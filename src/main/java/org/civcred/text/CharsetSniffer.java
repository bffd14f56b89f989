package org.civcred.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which charset a fetched body is in, the way a careful browser would.
 *
 * <p>Sources, first match wins: a byte-order mark; the {@code charset} parameter of the HTTP
 * Content-Type; a {@code <meta>} declaration in the first 4 KiB; statistical detection (ICU4J),
 * accepted only when confident; UTF-8. A declared name that names no supported charset is
 * skipped; {@link CharsetDecision#declared()} then reports that rejected name (the first one, if
 * several were rejected), otherwise the name that was used. JSON without a declared charset is
 * UTF-8 (RFC 8259) and never guessed. The bytes themselves are never changed; only the decoder is
 * chosen, so an archived page can always be decoded again with a better guess.
 */
public final class CharsetSniffer {

    /** ICU confidence (0–100) below which a detection is treated as a guess and ignored. */
    static final int MIN_DETECTION_CONFIDENCE = 50;
    /** How much of a body the statistical detector looks at. */
    static final int DETECTION_BYTES = 64 * 1024;

    private static final Pattern CHARSET_PARAMETER = Pattern.compile(
            "charset\\s*=\\s*(\"[^\"]*\"?|'[^']*'?|[^;\\s]+)", Pattern.CASE_INSENSITIVE);

    private CharsetSniffer() {
    }

    /**
     * Chooses the charset for a body.
     *
     * @param body              the payload bytes (null is treated as empty)
     * @param contentTypeHeader the HTTP Content-Type value, or null
     */
    public static CharsetDecision sniff(byte[] body, String contentTypeHeader) {
        byte[] bytes = body == null ? new byte[0] : body;
        Optional<Charset> bom = Boms.charsetOf(bytes);
        if (bom.isPresent()) {
            return new CharsetDecision(bom.get(), "bom", "");
        }
        String rejected = "";
        Optional<String> fromHeader = charsetParameter(contentTypeHeader);
        if (fromHeader.isPresent()) {
            Optional<Charset> charset = CharsetNames.resolve(fromHeader.get());
            if (charset.isPresent()) {
                return new CharsetDecision(charset.get(), "header", CharsetNames.clean(fromHeader.get()));
            }
            rejected = CharsetNames.clean(fromHeader.get());
        }
        if (isJson(contentTypeHeader)) {
            return new CharsetDecision(StandardCharsets.UTF_8, "default", rejected);
        }
        Optional<String> fromMeta = MetaCharsetScanner.declaredCharset(bytes);
        if (fromMeta.isPresent()) {
            Optional<Charset> charset = CharsetNames.resolve(fromMeta.get()).map(CharsetSniffer::asciiCompatible);
            if (charset.isPresent()) {
                String declared = rejected.isEmpty() ? CharsetNames.clean(fromMeta.get()) : rejected;
                return new CharsetDecision(charset.get(), "meta", declared);
            }
            if (rejected.isEmpty()) {
                rejected = CharsetNames.clean(fromMeta.get());
            }
        }
        Optional<Charset> detected = detect(bytes);
        if (detected.isPresent()) {
            return new CharsetDecision(detected.get(), "detected", rejected);
        }
        return new CharsetDecision(StandardCharsets.UTF_8, "default", rejected);
    }

    /** Decodes a body with the sniffed charset, without its byte-order mark. */
    public static String decode(byte[] body, String contentTypeHeader) {
        byte[] bytes = body == null ? new byte[0] : body;
        CharsetDecision decision = sniff(bytes, contentTypeHeader);
        int skip = decision.source().equals("bom") ? Boms.length(bytes) : 0;
        return new String(bytes, skip, bytes.length - skip, decision.charset());
    }

    static Optional<String> charsetParameter(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = CHARSET_PARAMETER.matcher(contentType);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.equals("text/json") || type.endsWith("+json");
    }

    /** A meta tag can only be read if the page is ASCII-compatible, so UTF-16 there means UTF-8 (HTML spec). */
    private static Charset asciiCompatible(Charset charset) {
        return charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset;
    }

    private static Optional<Charset> detect(byte[] body) {
        if (isAscii(body)) {
            return Optional.empty();
        }
        if (isUtf8(body)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(body.length > DETECTION_BYTES ? Arrays.copyOf(body, DETECTION_BYTES) : body);
        CharsetMatch match = detector.detect();
        if (match == null || match.getConfidence() < MIN_DETECTION_CONFIDENCE) {
            return Optional.empty();
        }
        return CharsetNames.resolve(match.getName());
    }

    private static boolean isAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Strict UTF-8 check that forgives a sequence cut off at the very end (truncated bodies). */
    private static boolean isUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(ByteBuffer.wrap(body), CharBuffer.allocate(body.length), false);
        return !result.isError();
    }
}
