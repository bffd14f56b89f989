package org.civcred.text;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Normalisers run inside row mappers over whatever the crawl produced; a throw would fail a whole Spark
 * task. Random text built from the characters that matter here must never make any of them throw.
 */
class OddInputTest {

    private static final String POOL = "张王李刘欧阳某*＊×·•．.，,、：:；;（）()〔〕【】“”\"' \u3000\u00A0\u200B\uFEFF\n\r\t"
            + "0123456789０１２３４５６７８９Xx年月日号-/〇○零一二三十廿卅元省市县区州旗镇"
            + "河南南阳桐柏天津河西朝阳鼓楼有限责任公司股份分行支行局委员会人民政府法院"
            + "\uD842\uDFB7\uD800\uDC00";

    @Test
    void noNormaliserThrowsOnRandomText() {
        Random random = new Random(20261122L);
        byte[] key = "k".getBytes(StandardCharsets.UTF_8);
        RegionNormalizer regions = RegionNormalizer.standard();
        CategoryNormalizer categories = CategoryNormalizer.standard();
        for (int i = 0; i < 3000; i++) {
            String text = randomText(random, random.nextInt(40));
            assertDoesNotThrow(() -> {
                TextNormalizer.clean(text);
                TextNormalizer.key(text);
                NameNormalizer.parse(text);
                DateNormalizer.findAll(text);
                regions.resolve(text, "410000");
                OrgNameNormalizer.parse(text);
                categories.goodPeople(text);
                categories.honour(text);
                IdNumbers.isFull18(text);
                IdNumbers.mask(text);
                IdNumbers.looksMasked(text);
                IdNumbers.birthYearMonth(text);
                IdNumbers.keyedHash(text, key);
                IdNumbers.findFullIds(text);
                IdNumbers.findMobileNumbers(text);
            }, () -> "input: " + text.codePoints().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void loneSurrogatesAndNullsAreSurvived() {
        for (String odd : new String[] {null, "", "\uD800", "\uDC00张", "张\uD800", "\uD842\uDFB7某"}) {
            assertDoesNotThrow(() -> {
                TextNormalizer.key(odd);
                NameNormalizer.parse(odd);
                DateNormalizer.parse(odd);
                RegionNormalizer.standard().resolve(odd);
                OrgNameNormalizer.parse(odd);
                IdNumbers.mask(odd);
            });
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(POOL.charAt(random.nextInt(POOL.length())));
        }
        return text.toString();
    }
}
