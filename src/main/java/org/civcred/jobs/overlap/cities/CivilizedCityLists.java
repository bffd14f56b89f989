package org.civcred.jobs.overlap.cities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civcred.text.RegionLevel;
import org.civcred.text.RegionMatch;
import org.civcred.text.RegionNormalizer;
import org.civcred.text.TextNormalizer;

/**
 * Reads the cities named 全国文明城市 from an announcement of the Central Civilization Commission.
 *
 * <p>An announcement is a civilization page whose title names 全国文明城市 together with a word of
 * decision (表彰, 命名, 名单, 公布, 决定). Its list lines are lines made only of place names ending in
 * a unit word (市, 县, 区, 旗, 州, 盟), separated by 、 or commas; every name that resolves to one
 * division is a titled city, and a list of cities confirmed in their title (复查确认继续保留) counts
 * for the announcement's year as well. The year is the one written beside the edition
 * ({@code 第五届（2017年）}), else the edition's year (第一届 2005 … 第六届 2020), else the page's
 * publication year.
 */
public final class CivilizedCityLists {

    /** One city named in an announcement. */
    public record Titled(String cityCode, String name, int year) {
    }

    private static final Pattern ANNOUNCEMENT = Pattern.compile("全国文明城市.*(表彰|命名|名单|公布|决定)|(表彰|命名|公布|决定).*全国文明城市");
    private static final Pattern EDITION_YEAR = Pattern.compile("第([一二三四五六七八九十])届[（(](\\d{4})年[）)]");
    private static final Pattern EDITION = Pattern.compile("第([一二三四五六七八九十])届");
    private static final Map<String, Integer> EDITION_YEARS = Map.of("一", 2005, "二", 2009, "三", 2011, "四", 2015,
            "五", 2017, "六", 2020);
    private static final Pattern PLACE = Pattern.compile("\\p{IsHan}{1,14}[市县区旗州盟]");
    private static final Pattern SEPARATORS = Pattern.compile("[、，,；;\\s]+");

    private CivilizedCityLists() {
    }

    public static boolean isAnnouncement(String title) {
        return title != null && ANNOUNCEMENT.matcher(TextNormalizer.simplify(title)).find();
    }

    /** The titled cities of an announcement; none when the page is not one. */
    public static List<Titled> read(String title, String body, LocalDate published) {
        if (!isAnnouncement(title) || body == null) {
            return List.of();
        }
        Integer year = year(TextNormalizer.simplify(title + "\n" + body), published);
        if (year == null) {
            return List.of();
        }
        List<Titled> out = new ArrayList<>();
        for (String line : TextNormalizer.simplify(TextNormalizer.clean(body)).split("\n")) {
            List<String> names = listedNames(line);
            for (String name : names) {
                RegionMatch m = RegionNormalizer.standard().resolve(name);
                if (m.isResolved() && (m.level() != RegionLevel.PROVINCE || CityCodes.isMunicipality(m.code()))) {
                    out.add(new Titled(m.code(), name, year));
                }
            }
        }
        return out;
    }

    /** The names of a line made only of place names; empty for any other line. */
    static List<String> listedNames(String line) {
        String trimmed = line.strip().replaceAll("[。.；;]+$", "");
        if (trimmed.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String token : SEPARATORS.split(trimmed)) {
            if (!PLACE.matcher(token).matches()) {
                return List.of();
            }
            names.add(token);
        }
        return names;
    }

    private static Integer year(String text, LocalDate published) {
        Matcher explicit = EDITION_YEAR.matcher(text);
        if (explicit.find()) {
            return Integer.parseInt(explicit.group(2));
        }
        Matcher edition = EDITION.matcher(text);
        if (edition.find() && EDITION_YEARS.containsKey(edition.group(1))) {
            return EDITION_YEARS.get(edition.group(1));
        }
        return published == null ? null : published.getYear();
    }
}
