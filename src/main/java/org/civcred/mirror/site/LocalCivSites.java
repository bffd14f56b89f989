package org.civcred.mirror.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civcred.mirror.content.Human;
import org.civcred.mirror.content.Pools;
import org.civcred.mirror.content.Text;

/**
 * hnny.wenming.cn (Nanyang civilization net: 身边好人 and 道德模范 columns) and hnzmd.wenming.cn
 * (Zhumadian: six stories reached only through 相关阅读 links on Nanyang stories).
 */
public final class LocalCivSites implements SiteBuilder {

    static final int HNZMD_STORIES = 6;
    static final int NANYANG_FILLER = 14;
    static final int DDMF_STORIES = 7;

    @Override
    public void plan(Build b) {
        Column sbhr = b.column(Hosts.HNNY, "sbhr", "shtml", "身边好人", "身边好人");
        Column ddmf = b.column(Hosts.HNNY, "ddmf", "shtml", "道德模范", "道德模范");
        Column zmd = b.column(Hosts.HNZMD, "sbhr", "shtml", "身边好人", "身边好人", 0);
        for (Build.Planned p : b.planned("hnny")) {
            Human who = b.human(p);
            LocalDate date = LocalDate.parse(p.appearance().when());
            Article a = story(b, sbhr, who.withName(p.appearance().name()), p.appearance().region(), date,
                    new Subject(p.person().id(), "身边好人", "honour", p.appearance().name(), p.appearance().region(),
                            p.appearance().category(), date.toString(), who.region().code()));
            b.rememberStory(p.person().id(), "hnny", a);
        }
        List<Article> nanyang = new ArrayList<>();
        for (int i = 0; i < NANYANG_FILLER; i++) {
            Human who = b.names.person(b.randomRegion("4113"), Pools.CATEGORIES.get(i % 5), 1945, 1995);
            LocalDate date = LocalDate.of(2017, 3, 1).plusDays(b.random.nextInt(1300));
            nanyang.add(story(b, sbhr, who, who.region().cityCounty(), date, null));
        }
        for (int i = 0; i < HNZMD_STORIES; i++) {
            Human who = b.names.person(b.randomRegion("4117"), Pools.CATEGORIES.get((i + 2) % 5), 1945, 1995);
            Article host = nanyang.get(i * 2);
            Article z = story(b, zmd, who, who.region().cityCounty(), host.date().minusDays(3 + b.random.nextInt(20)), null);
            host.addRelated(z.title(), z.url());
        }
        for (int i = 0; i < DDMF_STORIES; i++) {
            Human who = b.names.person(b.randomRegion("4113"), Pools.CATEGORIES.get(i % 5), 1940, 1985);
            LocalDate date = LocalDate.of(2017, 5, 1).plusDays(b.random.nextInt(1200));
            String honour = date.getYear() + "年，" + who.pronoun() + "被评为南阳市道德模范。";
            Text text = b.stories.write(who, who.region().cityCounty(), honour, b.random.nextLong());
            b.publish(ddmf, date, new Text("道德模范｜" + text.title(), text.paragraphs()), "南阳文明网", "南阳市文明办", null);
        }
    }

    static Article story(Build b, Column column, Human who, String regionText, LocalDate date, Subject subject) {
        Text text = b.stories.write(who, regionText, honourLine(column.host(), who, date), b.random.nextLong());
        String source = source(column.host());
        return b.publish(column, date, text, source, source + "编辑", subject);
    }

    /** The honour line of a 身边好人 story on the Nanyang or Zhumadian net. */
    public static String honourLine(Host host, Human who, LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月，" + who.pronoun() + "入选\""
                + (host == Hosts.HNZMD ? "驻马店好人榜" : "南阳好人榜") + "\"。";
    }

    /** The site's own name as its stories give their source. */
    public static String source(Host host) {
        return host == Hosts.HNZMD ? "驻马店文明网" : "南阳文明网";
    }

    @Override
    public List<SitePage> render(Build b) {
        return List.of();
    }
}
