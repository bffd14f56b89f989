package org.civcred.mirror.site;

import java.time.LocalDate;
import java.util.List;
import org.civcred.mirror.content.Human;
import org.civcred.mirror.content.NewsWriter;
import org.civcred.mirror.content.Pools;
import org.civcred.mirror.content.Region;
import org.civcred.mirror.content.Text;
import org.civcred.model.Family;

/**
 * Tops columns up to their planned sizes with filler that overlaps nothing: stories of filler
 * people (unique names) and news items without any cross-mention phrase.
 */
public final class Filler {

    /** A column and how many articles it should hold at least. */
    private record Target(Host host, String path, int size, boolean stories) { }

    private static final List<Target> TARGETS = List.of(
            new Target(Hosts.WENMING, "sbhr_pd/ywjj", 22, false),
            new Target(Hosts.WENMING, "a/yw", 22, false),
            new Target(Hosts.HNNY, "sbhr", 26, true),
            new Target(Hosts.HNNY, "ddmf", 8, true),
            new Target(Hosts.CREDITCHINA, "xinyongwenhua/chengxinwenhua", 20, true),
            new Target(Hosts.CREDITCHINA, "xinwenzixun/xinyongdongtai", 18, false),
            new Target(Hosts.NANYANG, "shxyxx", 14, false),
            new Target(Hosts.NANYANG, "cxwh", 16, true));

    private Filler() {
    }

    public static void plan(Build b) {
        int n = 0;
        for (Target t : TARGETS) {
            Column column = b.column(t.host(), t.path());
            while (b.articles().get(column).size() < t.size()) {
                LocalDate date = LocalDate.of(2017, 1, 3).plusDays(b.random.nextInt(1450));
                boolean local = t.host() == Hosts.HNNY || t.host() == Hosts.NANYANG;
                Region region = local ? b.randomRegion("4113") : b.randomRegion("");
                Text text;
                if (t.stories()) {
                    Human who = b.names.person(region, Pools.CATEGORIES.get(n++ % 5), 1940, 1995);
                    String honour = t.host().family() == Family.CREDIT
                            ? ChineseDates.numeralMonth(date) + "，" + who.pronoun() + "被评为" + region.city() + "\"诚信之星\"。"
                            : date.getYear() + "年" + date.getMonthValue() + "月，" + who.pronoun() + "入选\"南阳好人榜\"。";
                    Text story = b.stories.write(who, region.cityCounty(), honour, b.random.nextLong());
                    text = t.host().family() == Family.CREDIT ? new Text("诚信故事｜" + story.title(), story.paragraphs()) : story;
                } else {
                    NewsWriter.Kind kind = t.host().family() == Family.CREDIT ? NewsWriter.Kind.CREDIT : NewsWriter.Kind.CIVILIZATION;
                    text = b.news.write(kind, region, date, null, null);
                }
                b.publish(column, date, text, t.host().siteName(), t.host().siteName() + "编辑部", null);
            }
        }
    }
}
