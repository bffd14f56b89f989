package org.civcred.synth;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.civcred.mirror.content.Human;
import org.civcred.mirror.content.Pools;
import org.civcred.mirror.content.Region;
import org.civcred.mirror.content.Text;
import org.civcred.mirror.site.Article;
import org.civcred.mirror.site.Column;
import org.civcred.mirror.site.Hosts;
import org.civcred.mirror.site.SitePage;
import org.civcred.mirror.site.TjwenmingSite;
import org.civcred.mirror.site.TongbaiSite;
import org.civcred.mirror.site.TrsList;
import org.civcred.mirror.site.WenmingSite;
import org.civcred.mirror.site.XjrwPage;
import org.civcred.model.CrawlRequest;

/**
 * The page kinds that are neither column articles nor the credit lists, each rendered by the
 * mirror's own builder: the list of 中国好人榜 editions, the 先进人物库, tjwenming's monthly
 * 天津好人 lists with their stories and list of months, and Tongbai's 红黑榜 releases with their list.
 *
 * <p>A TRS list that gains one entry a month gets one page per block (its entries being that
 * block's), so that every block writes the same number of pages.
 */
final class KindPages {

    private static final Column TONGBAI = new Column(Hosts.TONGBAI, "xyxx/hhb", "html", "诚信红黑榜", "信用信息 &gt; 诚信红黑榜", 15);
    private static final String TONGBAI_CODE = "411330";

    private final SynthContext ctx;
    private int companyIndex;

    KindPages(SynthContext ctx) {
        this.ctx = ctx;
    }

    /** The block's page of the list of editions: the block's edition. */
    void editionIndex(long block, YearMonth month) throws IOException {
        emitListPage(WenmingSite.EDITIONS, List.of(WenmingSite.editionItem(month)), block, "wenming-edition-index");
    }

    /**
     * The 先进人物库: the mirror's sections and filler, its 中国好人 section listing the first
     * edition's honourees linked to their stories; planted honourees appear there too.
     */
    void xjrw(YearMonth month, List<ListRow> edition) throws IOException {
        List<String> sections = new ArrayList<>();
        List<ListRow> planted = new ArrayList<>();
        List<CrawlRequest> links = new ArrayList<>();
        for (XjrwPage.Section s : XjrwPage.sections()) {
            List<XjrwPage.Entry> entries = new ArrayList<>();
            if (s.title().equals(XjrwPage.HONOUREES)) {
                for (ListRow r : edition) {
                    entries.add(new XjrwPage.Entry(r.link().substring(Hosts.WENMING.base().length()), r.name(), area(r.who().region()),
                            r.category()));
                    links.add(CrawlRequest.get(r.link()));
                    if (r.personId() != null) {
                        planted.add(r);
                    }
                }
            }
            for (int i = 0; i < s.fillers(); i++) {
                entries.add(XjrwPage.filler(ctx.names, i));
            }
            sections.add(XjrwPage.section(s.title(), entries));
        }
        SitePage page = XjrwPage.page(XjrwPage.main(sections), links);
        for (ListRow r : planted) {
            ctx.appear(r.personId(), Hosts.WENMING, page, "先进人物库" + XjrwPage.HONOUREES, "honour", r.name(), area(r.who().region()),
                    r.category(), null);
        }
        ctx.emit(page, "wenming-xjrw");
    }

    /**
     * The month's 天津好人 list on tjwenming ({@code planted} first, then Tianjin filler up to
     * {@code rows}), one story per row, and the block's page of the list of months.
     */
    void tjwenming(long block, YearMonth month, List<ListRow> planted, int rows) throws IOException {
        List<ListRow> list = new ArrayList<>(planted);
        while (list.size() < rows) {
            Human who = ctx.filler(ctx.regionWithPrefix("12"), Pools.CATEGORIES.get(list.size() % 5));
            list.add(new ListRow(null, who, who.name(), who.region().county(), who.category(), month.atEndOfMonth(), null));
        }
        List<Article> stories = new ArrayList<>();
        List<TjwenmingSite.Listed> listed = new ArrayList<>();
        for (ListRow r : list) {
            Text text = ctx.stories.write(r.who().withName(r.name()), r.who().region().full(), TjwenmingSite.honourLine(month),
                    ctx.random.nextLong());
            Article story = new Article(TjwenmingSite.STORIES, ctx.dayIn(month), ctx.nextArticleId(Hosts.TJWENMING), text,
                    "天津文明网", "天津市文明办", null);
            stories.add(story);
            listed.add(new TjwenmingSite.Listed(r.name(), r.region(), r.category(), story.url()));
        }
        SitePage page = TjwenmingSite.monthPage(month, listed);
        for (ListRow r : list) {
            if (r.personId() != null) {
                ctx.appear(r.personId(), Hosts.TJWENMING, page, TjwenmingSite.listName(month), "honour", r.name(), r.region(),
                        r.category(), month.toString());
            }
        }
        ctx.emit(page, "tjwenming-month");
        for (Article story : stories) {
            ArticleBlock.emitArticle(ctx, story, "tjwenming-story");
        }
        emitListPage(TjwenmingSite.MONTHS, List.of(TjwenmingSite.monthItem(month)), block, "tjwenming-month-index");
    }

    /** The block's 红黑榜 releases (filler companies and people of Tongbai county) and its page of their list. */
    void tongbai(long block, YearMonth month, int releases) throws IOException {
        Region tongbai = ctx.pools.region(TONGBAI_CODE);
        List<String> companies = ctx.pools.companies();
        List<Article> written = new ArrayList<>();
        for (int r = 0; r < releases; r++) {
            LocalDate date = ctx.dayIn(month);
            List<String> good = List.of(companies.get(companyIndex++ % companies.size()), companies.get(companyIndex++ % companies.size()));
            List<String> persons = new ArrayList<>();
            while (persons.size() < 4) {
                Human who = ctx.names.person(tongbai, null, 1950, 1990);
                persons.add(TongbaiSite.personLine(persons.size() + 1, who.name(), who.gender(), "桐柏县" + who.town(),
                        TongbaiSite.deed(ctx.names, ctx.pools, ctx.random, who.category(), who.town())));
            }
            String bad = companies.get(companyIndex++ % companies.size());
            List<String> defaulters = List.of(TongbaiSite.defaulterLine(1, ctx.names, ctx.pools, ctx.random),
                    TongbaiSite.defaulterLine(2, ctx.names, ctx.pools, ctx.random));
            // Monthly rather than quarterly, as a block is a month; a second release of a month is a batch.
            String period = month.getYear() + "年" + month.getMonthValue() + "月" + (r == 0 ? "" : "第" + (r + 1) + "批");
            Text text = TongbaiSite.release(period, null, good, persons, bad, defaulters, date);
            written.add(new Article(TONGBAI, date, ctx.nextArticleId(Hosts.TONGBAI), text, TongbaiSite.SOURCE, "桐柏县发展改革委", null));
        }
        emitListPage(TONGBAI, TrsList.items(written), block, "tongbai-list");
        for (Article a : written) {
            ArticleBlock.emitArticle(ctx, a, "tongbai-release");
        }
    }

    private void emitListPage(Column column, List<TrsList.Item> items, long block, String kind) throws IOException {
        ctx.emit(TrsList.page(column, items, (int) block, (int) ctx.blocks, null, List.of()), kind);
    }

    private static String area(Region r) {
        return r.provinceShort() + r.cityShort();
    }
}
