package org.civcred.mirror.site;

import java.time.LocalDate;
import java.util.List;
import org.civcred.mirror.content.Human;
import org.civcred.mirror.content.Text;

/**
 * credit.nanyang.gov.cn (信用南阳, GBK): 社会信用信息 notices and 诚信文化 stories, many of them
 * republished civilization stories (see the clusters) and stories of planted persons.
 */
public final class NanyangSite implements SiteBuilder {

    @Override
    public void plan(Build b) {
        b.column(Hosts.NANYANG, "shxyxx", "html", "社会信用信息", "社会信用信息");
        Column cxwh = b.column(Hosts.NANYANG, "cxwh", "html", "诚信文化", "诚信文化");
        for (Build.Planned p : b.planned("nanyang-cxwh")) {
            var a = p.appearance();
            Human who = b.human(p).withName(a.name());
            LocalDate date = LocalDate.parse(a.when());
            String honour = ChineseDates.numeralMonth(date) + "，" + who.pronoun() + "被推荐为南阳市\"诚信典型\"。";
            Text text = b.stories.write(who, a.region(), honour, b.random.nextLong());
            Article article = b.publish(cxwh, date, new Text("诚信故事｜" + text.title(), text.paragraphs()), "南阳市文明办", "信用南阳",
                    new Subject(p.person().id(), "诚信文化", "red", a.name(), a.region(), a.category(), date.toString(),
                            who.region().code()));
            b.rememberStory(p.person().id(), "nanyang-cxwh", article);
        }
    }

    @Override
    public List<SitePage> render(Build b) {
        return List.of();
    }
}
