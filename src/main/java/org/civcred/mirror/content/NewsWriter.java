package org.civcred.mirror.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes short government-style news items for the credit columns (信用动态, 社会信用信息) and the
 * civilization columns (要闻, 身边好人 news) from the sentence pools, optionally carrying one
 * cross-mention phrase.
 */
public final class NewsWriter {

    /** Which pool family a news item is drawn from. */
    public enum Kind { CREDIT, CIVILIZATION }

    private final Pools pools;
    private final Random random;

    public NewsWriter(Pools pools, Random random) {
        this.pools = pools;
        this.random = random;
    }

    /**
     * @param title  the headline, or null to draw one from the pool
     * @param phrase a phrase that must appear in the body, or null
     */
    public Text write(Kind kind, Region where, LocalDate date, String title, String phrase) {
        Map<String, String> slots = new HashMap<>();
        slots.put("city", where.city());
        slots.put("county", where.county());
        String agency = pick(kind == Kind.CREDIT ? pools.agenciesCredit() : pools.agenciesCiv());
        slots.put("agency", (agency.startsWith("市") ? where.city() : where.county()) + agency.substring(1));
        slots.put("month", date.getMonthValue() + "月");
        slots.put("year", String.valueOf(date.getYear()));
        slots.put("num", String.valueOf(2 + random.nextInt(8)));
        slots.put("count", String.valueOf(12 + random.nextInt(880)));
        List<String> pool = new ArrayList<>(kind == Kind.CREDIT ? pools.creditNews() : pools.civNews());
        java.util.Collections.shuffle(pool, random);
        int count = 6 + random.nextInt(4);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < count; i += 2) {
            String p = Text.fill(pool.get(i), slots) + (i + 1 < count ? Text.fill(pool.get(i + 1), slots) : "");
            paragraphs.add(p);
        }
        if (phrase != null) {
            slots.put("phrase", phrase);
            String sentence = Text.fill(pick(pools.phraseSentences()), slots);
            paragraphs.set(1, sentence + paragraphs.get(1));
        }
        String headline = title != null && !title.isEmpty() ? title
                : Text.fill(pick(pools.newsTitles().get(kind == Kind.CREDIT ? "credit" : "civ")), slots);
        return new Text(headline, paragraphs);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
