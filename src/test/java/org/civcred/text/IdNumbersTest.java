package org.civcred.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civcred.config.CivcredException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IdNumbersTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(id|badcheck|id15):(\\d+)-(\\d+)-(\\d+)(?:\\|(\\w+))?}");
    private static final byte[] KEY = "test-only-key".getBytes(StandardCharsets.UTF_8);

    static Stream<GoldenTable.Row> golden() {
        return GoldenTable.read("/text/ids.tsv", 7).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void identityNumbersBehaveAsTheGoldenTableSays(GoldenTable.Row row) {
        String input = expand(row.get(0));
        if (!row.get(1).isEmpty()) {
            assertEquals(Boolean.parseBoolean(row.get(1)), IdNumbers.isFull18(input), "isFull18, " + row);
            assertEquals(Boolean.parseBoolean(row.get(2)), IdNumbers.looksMasked(input), "looksMasked, " + row);
            assertEquals(row.get(3), IdNumbers.mask(input), "mask, " + row);
            assertEquals(row.get(4), IdNumbers.birthYearMonth(input).map(Object::toString).orElse(""),
                    "birthYearMonth, " + row);
        }
        List<SensitiveNumber> found = new ArrayList<>(IdNumbers.findFullIds(input));
        found.addAll(IdNumbers.findMobileNumbers(input));
        String summary = found.stream().sorted(Comparator.comparingInt(SensitiveNumber::start))
                .map(f -> (f.kind() == SensitiveNumber.Kind.ID_NUMBER ? "id:" : "mobile:") + f.masked())
                .collect(Collectors.joining(";"));
        assertEquals(row.get(5), summary, "found, " + row);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void maskingLeavesOnlyTheFirstAndLastFourCharactersOfAFullNumber(GoldenTable.Row row) {
        String input = expand(row.get(0));
        String masked = IdNumbers.mask(input);
        String digits = IdNumbers.normalize(input).replaceAll("[^0-9X]", "");
        if (IdNumbers.isFull18(input)) {
            assertEquals(18, masked.length());
            assertFalse(masked.contains(digits), "the full number survived masking");
            assertEquals(8, masked.replace("*", "").length());
            assertEquals("**********", masked.substring(4, 14));
        }
        for (SensitiveNumber hit : IdNumbers.findFullIds(input)) {
            assertFalse(hit.toString().matches(".*\\d{15}.*"), "a finding must not carry the number");
        }
    }

    @Test
    void findingsPointAtTheNumberInTheOriginalText() {
        String id = expand("{id:411323-19620315-123|fullwidth}");
        String text = "身份证：" + id + "，电话：138 1234 5678";
        SensitiveNumber idHit = IdNumbers.findFullIds(text).get(0);
        assertEquals(id, text.substring(idHit.start(), idHit.end()));
        SensitiveNumber mobile = IdNumbers.findMobileNumbers(text).get(0);
        assertEquals("138 1234 5678", text.substring(mobile.start(), mobile.end()));
    }

    @Test
    void keyedHashIsStableAcrossSpellingsOfTheSameNumber() {
        String plain = expand("{id:411323-19620315-123}");
        String spaced = expand("{id:411323-19620315-123|spaced}");
        String wide = expand("{id:411323-19620315-123|fullwidth}");
        String hash = IdNumbers.keyedHash(plain, KEY);
        assertEquals(64, hash.length());
        assertEquals(hash, IdNumbers.keyedHash(spaced, KEY));
        assertEquals(hash, IdNumbers.keyedHash(wide, KEY));
        assertFalse(hash.contains(plain));
    }

    @Test
    void keyedHashDependsOnTheKey() {
        String id = expand("{id:120103-19580701-045}");
        assertNotEquals(IdNumbers.keyedHash(id, KEY), IdNumbers.keyedHash(id, "other".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keyedHashMatchesAnIndependentlyComputedHmac() {
        // Computed outside Java with a standard HMAC-SHA256 implementation over the normalised text.
        assertEquals("c19a6897f86febc056408e18843a8fd4d39b7de68796a6c379ef99d3245ebf20",
                IdNumbers.keyedHash(" 411323＊＊＊＊＊＊＊＊1234 ", "civcred-test".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keyedHashRefusesAnEmptyKeyWithoutEchoingTheNumber() {
        String id = expand("{id:411323-19620315-123}");
        CivcredException e = assertThrows(CivcredException.class, () -> IdNumbers.keyedHash(id, new byte[0]));
        assertFalse(e.getMessage().contains(id));
        assertFalse(e.getMessage().contains(id.substring(6, 14)));
    }

    @Test
    void redactingMasksWholeIdsOldIdsAndMobilesAndLeavesMaskedValuesAlone() {
        String id = expand("{id:411323-19620315-123}");
        String old = expand("{id15:120103-580701-045}");
        String text = "张某，身份证号" + id + "，旧证" + old + "，电话138 1234 5678，已公示4113**********1234。";
        String redacted = IdNumbers.redact(text);
        assertEquals("张某，身份证号4113**********1235，旧证1201*******1045，电话138****5678，已公示4113**********1234。",
                redacted);
        assertEquals(redacted, IdNumbers.redact(redacted), "redacting twice changes nothing");
        assertEquals("订单号123456789012345", IdNumbers.redact("订单号123456789012345"), "no province 12? date 789012: kept");
    }

    @Test
    void anOldNumberNeedsAProvincePrefixAndARealBirthDate() {
        assertTrue(IdNumbers.isOld15(expand("{id15:411323-620315-123}")));
        assertFalse(IdNumbers.isOld15(expand("{id15:991323-620315-123}")), "no province 99");
        assertFalse(IdNumbers.isOld15(expand("{id15:411323-621315-123}")), "no month 13");
        assertEquals(1, IdNumbers.findOldIds("证号" + expand("{id15:411323-620315-123}") + "。").size());
    }

    @Test
    void checkCharacterFollowsIso7064() {
        String id = expand("{id:411323-19620315-123}");
        assertEquals(id.charAt(17), IdNumbers.checkChar(id));
        assertTrue(IdNumbers.isFull18(id));
    }

    /** Builds the numbers the golden table refers to, so that no file holds a whole one. */
    static String expand(String cell) {
        Matcher m = PLACEHOLDER.matcher(cell);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String body = m.group(2) + m.group(3) + m.group(4);
            String number = switch (m.group(1)) {
                case "id15" -> body;
                case "badcheck" -> {
                    String check = "10X98765432";
                    yield body + check.charAt((check.indexOf(IdNumbers.checkChar(body + "0")) + 1) % 11);
                }
                default -> body + IdNumbers.checkChar(body + "0");
            };
            String option = m.group(5) == null ? "" : m.group(5);
            number = switch (option) {
                case "lower" -> number.toLowerCase();
                case "spaced" -> number.substring(0, 6) + " " + number.substring(6, 14) + " " + number.substring(14);
                case "fullwidth" -> number.chars().mapToObj(c -> String.valueOf(Character.isDigit(c) ? (char) (c - '0' + '０') : (char) c))
                        .collect(Collectors.joining());
                default -> number;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(number));
        }
        m.appendTail(out);
        return out.toString();
    }
}
