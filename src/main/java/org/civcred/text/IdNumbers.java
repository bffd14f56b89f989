package org.civcred.text;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.civcred.config.Errors;

/**
 * Chinese resident identity numbers (GB 11643) and mobile numbers: validation, masking, keyed
 * hashing and discovery in text.
 *
 * <p>An 18-character number is 6 digits of region, 8 of birth date, 3 of sequence and an ISO 7064
 * MOD 11-2 check character (0–9 or X); the old 15-digit form has a 6-digit date {@code YYMMDD} and no
 * check character. civcred never unmasks, and joins on {@link #keyedHash} instead of the number.
 *
 * <p>One mask format for every whole number civcred meets: the first 4 and last 4 characters visible,
 * ten asterisks between ({@code 4113**********1234}; seven for the 15-digit form). It is the form the
 * national platform publishes in its person lists ({@code tmzjhm}, 脱敏证件号码), so a whole number
 * that leaks on a local page masks to exactly what Credit China shows for the same person and its
 * {@link #keyedHash} joins with it; and it hides the county and the whole birth date, where the
 * looser 6+8+4 form some local sites use still names the county. Values a site already masked in
 * another shape are kept as published: masking them again could only lose the digits that match.
 *
 * <p>Nothing here logs, and no message or {@code toString} ever contains a full number. All methods
 * are pure and thread-safe.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    private static final Pattern FULL_ID = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9X](?![0-9A-Za-z])");
    private static final Pattern OLD_ID = Pattern.compile("(?<![0-9A-Za-z*])\\d{15}(?![0-9A-Za-z*])");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9A-Za-z+])(?:\\+?86[- ]?)?(1[3-9]\\d)[- ]?(\\d{4})[- ]?(\\d{4})(?![0-9A-Za-z])");
    private static final String HMAC = "HmacSHA256";

    private IdNumbers() {
    }

    /**
     * Blanks removed, full-width digits and asterisks folded, a lower-case check {@code x} upper-cased,
     * and the mask characters {@code ×} and {@code ＊} written as {@code *}.
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = foldChar(raw.charAt(i));
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !TextNormalizer.isInvisible(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True for an 18-character number with a real birth date (1900–2100) and a correct check character. */
    public static boolean isFull18(String raw) {
        String id = normalize(raw);
        if (id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!isDigit(id.charAt(i))) {
                return false;
            }
        }
        char check = id.charAt(17);
        if (!isDigit(check) && check != 'X') {
            return false;
        }
        return birthDateValid(id, 6, 4) && checkChar(id) == check;
    }

    /**
     * True for an old 15-digit number: a province prefix in use (11–82), a real birth date
     * {@code 19YYMMDD} and three digits of sequence. There is no check character to test, so the
     * province and date are what keep order numbers and the like from counting.
     */
    public static boolean isOld15(String raw) {
        String id = normalize(raw);
        if (id.length() != 15 || !allDigits(id, 0, 15)) {
            return false;
        }
        int province = Integer.parseInt(id.substring(0, 2));
        return province >= 11 && province <= 82 && birthDateValid("19" + id.substring(6, 12), 0, 4);
    }

    /**
     * The masked form: for 18 characters {@code 4 visible + ********** + 4 visible}, for old 15-digit
     * numbers {@code 4 + ******* + 4} (see the class comment for why); an already masked value comes
     * back normalised; anything else comes back as asterisks of the same length, so a malformed number
     * cannot leak through.
     */
    public static String mask(String raw) {
        String id = normalize(raw);
        if (looksMasked(id)) {
            return id;
        }
        if (id.length() == 18 && id.substring(0, 17).chars().allMatch(c -> isDigit((char) c))) {
            return id.substring(0, 4) + "**********" + id.substring(14);
        }
        if (id.length() == 15 && id.chars().allMatch(c -> isDigit((char) c))) {
            return id.substring(0, 4) + "*******" + id.substring(11);
        }
        return "*".repeat(id.length());
    }

    /**
     * True for the masked shapes sites publish: 14–18 characters of digits and asterisks (a final X
     * allowed), starting with a digit, with at least one asterisk and at least four visible digits —
     * {@code 4113**********1234}, {@code 41132319******12}, {@code 411323********123X}.
     */
    public static boolean looksMasked(String raw) {
        String id = normalize(raw);
        if (id.length() < 14 || id.length() > 18 || !isDigit(id.charAt(0))) {
            return false;
        }
        int digits = 0;
        int stars = 0;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (isDigit(c)) {
                digits++;
            } else if (c == '*') {
                stars++;
            } else if (!(c == 'X' && i == id.length() - 1)) {
                return false;
            }
        }
        return stars > 0 && digits >= 4;
    }

    /**
     * HMAC-SHA256 of the normalised number as lower-case hex. Works for full and masked values; with
     * the same key, the same person's full number always gives the same hash, so tables can be joined
     * without ever holding the number.
     */
    public static String keyedHash(String id, byte[] key) {
        if (key == null || key.length == 0) {
            throw Errors.usage("Hashing an identity number needs a non-empty secret key",
                    "Configure the hashing key before building person tables");
        }
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return HexFormat.of().formatHex(mac.doFinal(normalize(id).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + HMAC, e);
        }
    }

    /**
     * Year and month of birth when those digits are visible: positions 7–12 of an 18-character value
     * or 7–10 ({@code YYMM}, 19xx) of a 15-digit one, masked or not. Values of other lengths give
     * empty, because where their digits sit cannot be known.
     */
    public static Optional<YearMonth> birthYearMonth(String raw) {
        String id = normalize(raw);
        if (!idShaped(id)) {
            return Optional.empty();
        }
        int year;
        int month;
        if (id.length() == 18 && allDigits(id, 6, 12)) {
            year = Integer.parseInt(id.substring(6, 10));
            month = Integer.parseInt(id.substring(10, 12));
        } else if (id.length() == 15 && allDigits(id, 6, 10)) {
            year = 1900 + Integer.parseInt(id.substring(6, 8));
            month = Integer.parseInt(id.substring(8, 10));
        } else {
            return Optional.empty();
        }
        boolean plausible = year >= PartialDate.MIN_YEAR && year <= PartialDate.MAX_YEAR && month >= 1 && month <= 12;
        return plausible ? Optional.of(YearMonth.of(year, month)) : Optional.empty();
    }

    /** Every valid full 18-character identity number in {@code text}, located and masked. */
    public static List<SensitiveNumber> findFullIds(String text) {
        List<SensitiveNumber> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = FULL_ID.matcher(foldSameLength(text));
        while (m.find()) {
            if (isFull18(m.group())) {
                found.add(new SensitiveNumber(SensitiveNumber.Kind.ID_NUMBER, m.start(), m.end(), mask(m.group())));
            }
        }
        return found;
    }

    /** Every old 15-digit identity number ({@link #isOld15}) in {@code text}, located and masked. */
    public static List<SensitiveNumber> findOldIds(String text) {
        List<SensitiveNumber> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = OLD_ID.matcher(foldSameLength(text));
        while (m.find()) {
            if (isOld15(m.group())) {
                found.add(new SensitiveNumber(SensitiveNumber.Kind.ID_NUMBER, m.start(), m.end(), mask(m.group())));
            }
        }
        return found;
    }

    /**
     * {@code text} with every whole identity number (18- or 15-digit) and every mobile number replaced
     * by its masked form; everything else, including values already masked, is left as it was, so
     * redacting twice changes nothing. Null stays null.
     */
    public static String redact(String text) {
        if (text == null || text.length() < 11) {
            return text;
        }
        String out = replaced(text, findFullIds(text));
        out = replaced(out, findOldIds(out));
        return replaced(out, findMobileNumbers(out));
    }

    private static String replaced(String text, List<SensitiveNumber> found) {
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = found.size() - 1; i >= 0; i--) {
            SensitiveNumber n = found.get(i);
            out.replace(n.start(), n.end(), n.masked());
        }
        return out.toString();
    }

    /**
     * Every mainland mobile number ({@code 1[3-9]} and nine more digits) in {@code text}, also when
     * written {@code +86 138 1234 5678} or {@code 138-1234-5678}; masked as {@code 138****5678}. As for
     * identity numbers, digits glued to Latin letters are not read: they are parts of hex hashes and
     * identifiers (a sha1 often holds a run of eleven digits), not phone numbers.
     */
    public static List<SensitiveNumber> findMobileNumbers(String text) {
        List<SensitiveNumber> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = MOBILE.matcher(foldSameLength(text));
        while (m.find()) {
            found.add(new SensitiveNumber(SensitiveNumber.Kind.MOBILE_NUMBER, m.start(), m.end(),
                    m.group(1) + "****" + m.group(3)));
        }
        return found;
    }

    static char checkChar(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    private static boolean birthDateValid(String id, int from, int yearDigits) {
        int year = Integer.parseInt(id.substring(from, from + yearDigits));
        int month = Integer.parseInt(id.substring(from + yearDigits, from + yearDigits + 2));
        int day = Integer.parseInt(id.substring(from + yearDigits + 2, from + yearDigits + 4));
        return PartialDate.of(year, month, day).isPresent();
    }

    /** Folds characters one for one, so offsets into the result are offsets into the input. */
    private static String foldSameLength(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(foldChar(text.charAt(i)));
        }
        return out.toString();
    }

    private static char foldChar(char c) {
        if (c >= '０' && c <= '９') {
            return (char) (c - '０' + '0');
        }
        return switch (c) {
            case 'x', 'Ｘ', 'ｘ' -> 'X';
            case '＊', '×', '✱', '∗' -> '*';
            case '＋' -> '+';
            case '－' -> '-';
            default -> c;
        };
    }

    /** Digits and asterisks only, a digit first, X allowed as the last character. */
    private static boolean idShaped(String id) {
        if (id.isEmpty() || !isDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!isDigit(c) && c != '*' && !(c == 'X' && i == id.length() - 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
