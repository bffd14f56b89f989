package org.civcred.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civcred.mirror.content.NameBook;
import org.civcred.mirror.content.NewsWriter;
import org.civcred.mirror.content.Pools;
import org.civcred.mirror.content.Region;
import org.civcred.mirror.content.Text;
import org.civcred.mirror.scenario.Scenario;

/**
 * Writes the corpus's news items from {@code synth/news.yaml}: a lead, six to nine body sentences
 * and often a closing line, filled with details of their own (date, places, officials, firms,
 * figures). The mirror's {@link NewsWriter} draws from 20 fixed sentences per family, which is
 * right for a few hundred pages; at a million pages its unrelated items share most of their text,
 * and dedupe then rightly reports them as near duplicates. Items written here stay unlike each
 * other at any corpus size, so the near duplicates in a corpus are the planted ones.
 */
final class SynthNews {

    /** One family's templates; {@code officials} and {@code agencies} starting 市/县 are localised. */
    record Family(List<String> titles, List<String> leads, List<String> sentences, List<String> closers,
                  List<String> officials, List<String> agencies) { }

    /** The whole of {@code synth/news.yaml}. */
    record Templates(Family credit, Family civilization, List<String> venues, List<String> documents,
                     List<String> firmWords, List<String> firmTrades, List<String> schools) {

        static Templates standard() {
            return Scenario.load("/synth/news.yaml", Templates.class);
        }
    }

    /** {@code [a|b|c]}: one of the alternatives; alternatives may hold slots but not brackets. */
    private static final Pattern CHOICE = Pattern.compile("\\[([^\\[\\]]*)]");

    private static final Set<String> DISTRACTOR_NAMES = Set.copyOf(CommonNames.ALL);

    private final Pools pools;
    private final NameBook names;
    private final Templates templates;
    private final Random random;

    /** {@code names} must draw from {@code random}, so that one seed gives one corpus. */
    SynthNews(Pools pools, NameBook names, Templates templates, Random random) {
        this.pools = pools;
        this.names = names;
        this.templates = templates;
        this.random = random;
    }

    /**
     * @param title  the headline, or null to write one
     * @param phrase a phrase that must appear in the body (a cross-mention), or null
     */
    Text write(NewsWriter.Kind kind, Region where, LocalDate date, String title, String phrase) {
        Family family = kind == NewsWriter.Kind.CREDIT ? templates.credit() : templates.civilization();
        Map<String, String> slots = slots(family, where, date);
        List<String> sentences = new ArrayList<>();
        sentences.add(render(pick(family.leads()), slots));
        List<String> body = new ArrayList<>(family.sentences());
        Collections.shuffle(body, random);
        int count = 6 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            sentences.add(render(body.get(i), slots));
        }
        List<String> paragraphs = paragraphs(sentences);
        if (phrase != null) {
            slots.put("phrase", phrase);
            paragraphs.set(1, Text.fill(pick(pools.phraseSentences()), slots) + paragraphs.get(1));
        }
        if (random.nextInt(10) < 6) {
            paragraphs.add(render(pick(family.closers()), slots));
        }
        String headline = title != null && !title.isEmpty() ? title : render(pick(family.titles()), slots);
        return new Text(headline, paragraphs);
    }

    /**
     * The lead on its own, as news items open, then one or two sentences a paragraph: a republisher
     * that drops a paragraph (Republisher) then keeps most of the text, as real ones do.
     */
    private List<String> paragraphs(List<String> sentences) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(sentences.get(0));
        int i = 1;
        while (i < sentences.size()) {
            int take = Math.min(1 + random.nextInt(2), sentences.size() - i);
            paragraphs.add(String.join("", sentences.subList(i, i + take)));
            i += take;
        }
        return paragraphs;
    }

    /** The setting of one item: drawn once, so a lead's official is the one who speaks later. */
    private Map<String, String> slots(Family family, Region where, LocalDate date) {
        Map<String, String> slots = new HashMap<>();
        slots.put("date", date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
        slots.put("month", date.getMonthValue() + "月");
        slots.put("year", String.valueOf(date.getYear()));
        slots.put("city", where.city());
        slots.put("county", where.county());
        slots.put("town", pick(pools.towns()));
        slots.put("village", pick(pools.villages()));
        slots.put("agency", local(pick(family.agencies()), where));
        slots.put("official", local(pick(family.officials()), where) + name());
        slots.put("reporter", name());
        slots.put("company", where.county() + pick(templates.firmWords()) + pick(templates.firmTrades()));
        slots.put("venue", (random.nextBoolean() ? where.city() : where.county()) + pick(templates.venues()));
        slots.put("doc", pick(templates.documents()));
        slots.put("school", where.county() + pick(templates.schools()));
        return slots;
    }

    /** Figures and passers-by: drawn again for every sentence, as no two figures in a report agree. */
    private void freshFigures(Map<String, String> slots) {
        slots.put("person", name());
        slots.put("num", String.valueOf(2 + random.nextInt(8)));
        slots.put("count", String.valueOf(12 + random.nextInt(880)));
        slots.put("big", String.valueOf(1_000 + random.nextInt(99_000)));
        int permille = 850 + random.nextInt(150);
        slots.put("pct", permille / 10 + "." + permille % 10);
        slots.put("rank", String.valueOf(1 + random.nextInt(40)));
    }

    /** 市文明办 → 南阳市文明办, 县委常委 → 桐柏县委常委; other names are left as they are. */
    private static String local(String name, Region where) {
        if (name.startsWith("市")) {
            return where.city() + name.substring(1);
        }
        if (name.startsWith("县")) {
            return where.county() + name.substring(1);
        }
        return name;
    }

    /**
     * A name for an official, reporter or passer-by. Drawn without the name book's uniqueness: these
     * people are not tracked, may repeat, and must not use up the unique names planted people need;
     * they avoid the distractors' common names so that no person table can mistake them.
     */
    private String name() {
        while (true) {
            String name = names.draw(random.nextBoolean() ? "女" : "男");
            if (!DISTRACTOR_NAMES.contains(name)) {
                return name;
            }
        }
    }

    private String render(String template, Map<String, String> slots) {
        freshFigures(slots);
        Matcher m = CHOICE.matcher(template);
        StringBuilder chosen = new StringBuilder();
        while (m.find()) {
            String[] options = m.group(1).split("\\|", -1);
            m.appendReplacement(chosen, Matcher.quoteReplacement(options[random.nextInt(options.length)]));
        }
        m.appendTail(chosen);
        return Text.fill(chosen.toString(), slots);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
