package org.civcred.jobs.entries;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civcred.text.DateNormalizer;
import org.civcred.text.NameNormalizer;
import org.civcred.text.PersonName;
import org.civcred.text.TextNormalizer;

/**
 * Finds the person an article is about when the site's extractor gave no record for it: a 好人 story
 * opens (after an optional editor's note) with a profile sentence, {@code 张秀英，女，1962年3月生，河南省南阳市
 * 桐柏县…}; an honour announcement names the honouree in a sentence such as {@code …联合发布2019年第1季度"诚信之星"
 * 名单，河南省南阳市桐柏县的張秀英（孝老爱亲）榜上有名}. The person found is returned as a record in the
 * extractors' own vocabulary (crawler/README.md), so it is normalised like every other record.
 *
 * <p>Guard against news that merely mentions someone: the name must also appear in the page title (the
 * title of a story or announcement names its subject). Only the first lines of the body are read.
 */
public final class PersonStories {

    private static final int LINES_READ = 4;
    private static final String NAME = "(\\p{IsHan}[\\p{IsHan}·•・．.\\s]{0,14}\\p{IsHan})";
    private static final Pattern PROFILE = Pattern.compile(
            "^" + NAME + "[，,]\\s*([男女])[，,]\\s*([^，,。]{4,16}?)生[，,]\\s*([^，,。；;]+)");
    private static final Pattern ANNOUNCEMENT = Pattern.compile(
            "发布(.{2,30}?)名单[，,](?:(.{2,30}?)的)?" + NAME + "[（(]([^）)]{2,8})[）)]\\s*榜上有名");

    private PersonStories() {
    }

    /**
     * @param fields the page fields ({@code title}, {@code body}, {@code published} …)
     * @return the subject as a record ({@code name}, {@code gender}, {@code birth}, {@code region},
     *         {@code category}, {@code list_name}, {@code list_date}), or empty when the page is not about one person
     */
    public static Optional<Map<String, String>> subject(Map<String, String> fields) {
        String title = fields.getOrDefault("title", "");
        String body = fields.getOrDefault("body", "");
        String[] lines = body.split("\n");
        for (int i = 0; i < Math.min(LINES_READ, lines.length); i++) {
            String line = TextNormalizer.cleanLine(lines[i]);
            Optional<Map<String, String>> story = profile(line);
            // A profile story honours its subject wherever it is published; only a list (or an
            // announcement of one) puts a person on a red list.
            story.ifPresent(r -> r.put("list_kind", "honour"));
            Optional<Map<String, String>> found = story.or(() -> announcement(line));
            if (found.isPresent() && namedInTitle(found.get().get("name"), title)) {
                Map<String, String> record = found.get();
                record.putIfAbsent("list_date", fields.getOrDefault("published", ""));
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    static Optional<Map<String, String>> profile(String line) {
        Matcher m = PROFILE.matcher(line);
        if (!m.find() || DateNormalizer.parse(m.group(3)).isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> record = new LinkedHashMap<>();
        record.put("name", m.group(1).strip());
        record.put("gender", m.group(2));
        record.put("birth", m.group(3).strip());
        record.put("region", m.group(4).strip());
        return Optional.of(record);
    }

    static Optional<Map<String, String>> announcement(String line) {
        Matcher m = ANNOUNCEMENT.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        Map<String, String> record = new LinkedHashMap<>();
        record.put("name", m.group(3).strip());
        if (m.group(2) != null) {
            record.put("region", m.group(2).strip());
        }
        record.put("category", m.group(4).strip());
        record.put("list_name", m.group(1).strip());
        DateNormalizer.parse(line.substring(0, m.start())).ifPresent(d -> record.put("list_date", d.toIso()));
        return Optional.of(record);
    }

    /** The title names the person: compared on matching keys, so 張秀英 in the body and 张秀英 in the title agree. */
    private static boolean namedInTitle(String name, String title) {
        PersonName parsed = NameNormalizer.parse(name);
        if (!parsed.isMatchable()) {
            return false;
        }
        String key = TextNormalizer.key(parsed.normalized());
        return !key.isEmpty() && TextNormalizer.key(title).contains(key);
    }
}
