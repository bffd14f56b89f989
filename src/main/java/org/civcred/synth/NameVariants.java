package org.civcred.synth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.civcred.text.NameNormalizer;

/**
 * How the other family's list writes a planted person's name: traditional characters, another
 * middle dot in minority names, a full-width space between surname and given name, or unchanged.
 */
final class NameVariants {

    private static final String PAIRS = "张張刘劉陈陳华華兰蘭东東国國邓鄧赵趙孙孫蒋蔣韩韓庆慶莲蓮凤鳳红紅丽麗"
            + "刚剛军軍长長宝寶兴興贵貴义義鹏鵬晓曉胜勝连連传傳锋鋒杰傑辉輝满滿运運荣榮伦倫杨楊黄黃吴吳马馬"
            + "郑鄭谢謝许許冯馮叶葉苏蘇卢盧钟鍾谭譚陆陸贾賈龙龍顾顧龚龔钱錢严嚴凤鳳丽麗娟娟艳艷";
    private static final List<String> DOTS = List.of("•", "．", "・", "‧");

    private final Map<Character, Character> traditional = new LinkedHashMap<>();

    NameVariants() {
        for (int i = 0; i + 1 < PAIRS.length(); i += 2) {
            char simple = PAIRS.charAt(i);
            char trad = PAIRS.charAt(i + 1);
            // Only pairs the normaliser folds back, so that a variant is the same name to a careful reader.
            if (simple != trad && NameNormalizer.normalize(String.valueOf(trad)).equals(String.valueOf(simple))) {
                traditional.put(simple, trad);
            }
        }
    }

    /** A variant of {@code name} for the other list; may return the name unchanged. */
    String variant(String name, Random random) {
        if (name.indexOf('·') >= 0) {
            return name.replace("·", DOTS.get(random.nextInt(DOTS.size())));
        }
        int roll = random.nextInt(10);
        if (roll < 4) {
            String trad = toTraditional(name);
            if (!trad.equals(name)) {
                return trad;
            }
        }
        if (roll < 6 && name.length() == 2) {
            return name.charAt(0) + "\u3000" + name.charAt(1);
        }
        if (roll < 7 && name.length() == 2) {
            return name.charAt(0) + " " + name.charAt(1);
        }
        return name;
    }

    private String toTraditional(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            out.append(traditional.getOrDefault(c, c));
        }
        return out.toString();
    }
}
