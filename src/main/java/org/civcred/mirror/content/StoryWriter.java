package org.civcred.mirror.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a profile story about one person from the sentence pools: the profile sentence the
 * contract fixes ({@code 姓名，女，1962年3月生，地区…}), an opener, deeds of the person's category,
 * a quote, the honour line and a closer. Two stories about different people share little text;
 * two stories built from the same {@code templateSeed} share their sentence templates (the
 * same-template distractor pairs) but not their slot values.
 */
public final class StoryWriter {

    private final Pools pools;
    private final Random random;

    public StoryWriter(Pools pools, Random random) {
        this.pools = pools;
        this.random = random;
    }

    /**
     * @param regionText how the story writes the person's home (地区+单位 start)
     * @param honourLine the sentence naming the honour, e.g. {@code 2018年1月，入选"中国好人榜"。}; may be empty
     */
    public Text write(Human who, String regionText, String honourLine, long templateSeed) {
        return write(who, regionText, honourLine, templateSeed, templateSeed);
    }

    /**
     * Like {@link #write(Human, String, String, long)}, but only the frame (title, opener, quote, closer)
     * and the first two deeds follow {@code templateSeed}; the other deeds follow {@code deedSeed}. Two
     * stories with one template seed and different deed seeds look alike without being copies.
     */
    public Text write(Human who, String regionText, String honourLine, long templateSeed, long deedSeed) {
        Random templates = new Random(templateSeed);
        Map<String, String> slots = slots(who);
        List<String> deeds = new ArrayList<>(pools.deeds().get(who.category()));
        java.util.Collections.shuffle(deeds, templates);
        if (deedSeed != templateSeed) {
            java.util.Collections.shuffle(deeds.subList(2, deeds.size()), new Random(deedSeed));
        }
        String opener = pick(pools.openers(), templates);
        String quote = pick(pools.quotes(), templates);
        String closer = pick(pools.closers(), templates);
        String titleTemplate = pick(pools.titles().get(who.category()), templates);

        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(who.name() + "，" + who.gender() + "，" + who.birthText() + "生，" + regionText
                + who.town() + who.village() + who.job() + "。" + fill(opener, slots));
        paragraphs.add(fill(deeds.get(0), slots) + fill(deeds.get(1), slots));
        paragraphs.add(fill(deeds.get(2), slots) + fill(deeds.get(3), slots));
        paragraphs.add(fill(deeds.get(4), slots) + who.pronoun() + "常说：“" + quote + "”");
        paragraphs.add(fill(deeds.get(5), slots));
        paragraphs.add((honourLine.isEmpty() ? "" : honourLine) + fill(closer, slots));
        return new Text(who.name() + "：" + fill(titleTemplate, slots), paragraphs);
    }

    private Map<String, String> slots(Human who) {
        Map<String, String> s = new HashMap<>();
        s.put("name", who.name());
        s.put("ta", who.pronoun());
        s.put("years", String.valueOf(5 + random.nextInt(26)));
        s.put("num", String.valueOf(2 + random.nextInt(8)));
        s.put("year", String.valueOf(1995 + random.nextInt(22)));
        s.put("town", who.town());
        s.put("village", who.village());
        s.put("unit", pick(pools.units(), random));
        s.put("job", who.job());
        s.put("relative", pick(pools.relatives(), random));
        s.put("honour", pick(pools.honours(), random) + "、" + pick(pools.honours(), random));
        return s;
    }

    private static String fill(String template, Map<String, String> slots) {
        return Text.fill(template, slots);
    }

    private static <T> T pick(List<T> list, Random r) {
        return list.get(r.nextInt(list.size()));
    }
}
