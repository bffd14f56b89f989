package org.civcred.synth;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.content.Human;
import org.civcred.mirror.content.NewsWriter;
import org.civcred.mirror.content.Region;
import org.civcred.mirror.content.Republisher;
import org.civcred.mirror.content.Text;
import org.civcred.mirror.site.Article;
import org.civcred.mirror.site.ArticlePage;
import org.civcred.mirror.site.Column;
import org.civcred.mirror.site.CreditChinaSite;
import org.civcred.mirror.site.Html;
import org.civcred.mirror.site.LocalCivSites;
import org.civcred.mirror.site.Hosts;
import org.civcred.mirror.site.SitePage;
import org.civcred.model.CrawlRequest;
import org.civcred.model.Family;

/**
 * The articles of one block: 好人365 stories behind the edition rows, republished clusters with
 * edits, same-template story pairs, cross-mentions, and filler news and stories topping every
 * column up to its share; then the column list pages and the articles themselves.
 */
final class ArticleBlock {

    static final List<String> CIV_PHRASES = List.of("创建文明城市", "创建全国文明城市", "全国文明城市", "文明城市测评");
    static final List<String> CREDIT_PHRASES = List.of("信用体系建设", "社会信用体系", "失信被执行人", "红黑名单", "联合奖惩", "守信激励");

    static final int PER_PAGE = 10;
    static final Column HR365 = new Column(Hosts.WENMING, "sbhr_pd/hr365", "shtml", "好人365", "身边好人 &gt; 好人365", PER_PAGE);
    static final Column YWJJ = new Column(Hosts.WENMING, "sbhr_pd/ywjj", "shtml", "身边好人", "身边好人 &gt; 要闻简讯", PER_PAGE);
    static final Column YW = new Column(Hosts.WENMING, "a/yw", "shtml", "要闻", "要闻", PER_PAGE);
    static final Column HNNY = new Column(Hosts.HNNY, "sbhr", "shtml", "身边好人", "身边好人", PER_PAGE);
    static final Column CXWH = new Column(Hosts.CREDITCHINA, "xinyongwenhua/chengxinwenhua", "html", "诚信文化", "信用文化 &gt; 诚信文化", PER_PAGE);
    static final Column XYDT = new Column(Hosts.CREDITCHINA, "xinwenzixun/xinyongdongtai", "html", "信用动态", "新闻资讯 &gt; 信用动态", PER_PAGE);
    static final Column NANYANG = new Column(Hosts.NANYANG, "cxwh", "html", "诚信文化", "诚信文化", PER_PAGE);
    static final Column SHXHMD = new Column(Hosts.CREDITCHINA, "xinyongfuwu/shouxinhongmingdan", "html", "守信红名单",
            "信用服务 &gt; 守信红名单", PER_PAGE);
    /** Zhumadian stories: unlisted, reached through the 相关阅读 links of Nanyang stories. */
    static final Column HNZMD = new Column(Hosts.HNZMD, "sbhr", "shtml", "身边好人", "身边好人", 0);

    private final SynthContext ctx;
    private final YearMonth month;
    private final long block;
    private final Map<Column, List<Article>> articles = new LinkedHashMap<>();
    private final Map<Column, String> kinds = new LinkedHashMap<>();
    /** Nanyang filler stories, which may carry a 相关阅读 link (no truth rests on them). */
    private final List<Article> nanyangFiller = new ArrayList<>();

    ArticleBlock(SynthContext ctx, YearMonth month, long block, List<ColumnSpec> specs) {
        this.ctx = ctx;
        this.month = month;
        this.block = block;
        for (ColumnSpec s : specs) {
            articles.put(s.column(), new ArrayList<>());
            kinds.put(s.column(), s.kind());
        }
    }

    /** The 好人365 story behind an edition row; its honour line is the one the profile reads. */
    Article story(Human who, String name) {
        String honour = month.getYear() + "年" + month.getMonthValue() + "月，入选\"中国好人榜\"，被评为\"" + who.category() + "好人\"。";
        Text text = ctx.stories.write(who.withName(name), who.region().full(), honour, ctx.random.nextLong());
        return publish(HR365, ctx.dayIn(month), text, "中国文明网", "文明网记者");
    }

    /** An original and its edited copies on sites of the other family (and one of its own). */
    void cluster(int n, boolean civilOrigin) throws IOException {
        Column origin = civilOrigin ? YWJJ : XYDT;
        NewsWriter.Kind kind = civilOrigin ? NewsWriter.Kind.CIVILIZATION : NewsWriter.Kind.CREDIT;
        Region where = ctx.regionWithPrefix("");
        LocalDate date = ctx.dayIn(month);
        Text text = ctx.news.write(kind, where, date, null, null);
        Article first = publish(origin, date, text, origin.host().siteName(), origin.host().siteName() + "编辑部");
        List<GroundTruth.Member> members = new ArrayList<>();
        members.add(member(first, ""));
        List<List<String>> edits = List.of(List.of("prefix:转载：", "drop_paragraph"), List.of("editor_note", "add_paragraph"),
                List.of("chars", "source:" + (civilOrigin ? "信用中国" : "中国文明网")));
        List<Column> targets = civilOrigin ? List.of(XYDT, NANYANG) : List.of(YW, HNNY);
        int copies = 1 + ctx.random.nextInt(2);
        for (int c = 0; c < copies; c++) {
            List<String> edit = edits.get(ctx.random.nextInt(edits.size()));
            Republisher.Edited e = ctx.republisher.apply(text, first.source(), null, edit);
            Column target = targets.get(c);
            Article copy = publish(target, date.plusDays(1 + ctx.random.nextInt(20)), e.text(), e.source(),
                    target.host().siteName() + "编辑部");
            members.add(member(copy, String.join(",", edit)));
        }
        ctx.truth.cluster(new GroundTruth.ArticleCluster("S" + block + "-A" + n, civilOrigin ? "civilization news republished"
                : "credit news republished", members));
    }

    /** Two stories from one template about different people, one per family: alike, not copies. */
    void templatePair() throws IOException {
        String category = org.civcred.mirror.content.Pools.CATEGORIES.get(ctx.random.nextInt(5));
        long seed = ctx.random.nextLong();
        Human a = ctx.filler(ctx.regionWithPrefix("4113"), category);
        Human b = ctx.filler(ctx.regionWithPrefix("4113"), category);
        LocalDate date = ctx.dayIn(month);
        Article civ = publish(HNNY, date, ctx.stories.write(a, a.region().cityCounty(), date.getYear() + "年" + date.getMonthValue()
                + "月，" + a.pronoun() + "入选身边好人榜。", seed, ctx.random.nextLong()), Hosts.HNNY.siteName(), "南阳文明网编辑部");
        Article credit = publish(NANYANG, date, ctx.stories.write(b, b.region().cityCounty(), "", seed, ctx.random.nextLong()),
                Hosts.NANYANG.siteName(), "信用南阳编辑部");
        ctx.truth.articleDistractor(new GroundTruth.ArticleDistractor(List.of(civ.url(), credit.url()),
                "same story template, different people"));
    }

    /** A news item of one family naming a programme of the other. */
    void crossMention(boolean creditSite) {
        Column column = creditSite ? XYDT : YWJJ;
        List<String> phrases = creditSite ? CIV_PHRASES : CREDIT_PHRASES;
        String phrase = phrases.get(ctx.random.nextInt(phrases.size()));
        LocalDate date = ctx.dayIn(month);
        Text text = ctx.news.write(creditSite ? NewsWriter.Kind.CREDIT : NewsWriter.Kind.CIVILIZATION,
                ctx.regionWithPrefix(""), date, null, phrase);
        publish(column, date, text, column.host().siteName(), column.host().siteName() + "编辑部");
        ctx.count("cross_mention_articles_planned", 1);
    }

    /**
     * Tops every column up to its share with filler (all columns first, so that Zhumadian stories
     * exist before the Nanyang stories linking them are written), then writes list pages and articles.
     */
    void finish(List<ColumnSpec> specs) throws IOException {
        for (ColumnSpec s : specs) {
            List<Article> list = articles.get(s.column());
            while (list.size() < s.perBlock()) {
                filler(s.column());
            }
        }
        for (ColumnSpec s : specs) {
            List<Article> list = articles.get(s.column());
            if (s.column().listed()) {
                int pagesPerBlock = s.perBlock() / s.column().perPage();
                long count = pagesPerBlock * ctx.blocks;
                for (int p = 0; p < pagesPerBlock; p++) {
                    long index = block * pagesPerBlock + p;
                    ctx.emit(listPage(s.column(), list.subList(p * PER_PAGE, (p + 1) * PER_PAGE), index, count), "list-" + s.kind());
                }
            }
            for (Article a : list) {
                emitArticle(ctx, a, s.kind());
            }
        }
    }

    /** Unlisted filler news, for the pages that do not fill a whole block. */
    void extraNews(long n) throws IOException {
        for (long i = 0; i < n; i++) {
            LocalDate date = ctx.dayIn(month);
            Text text = ctx.news.write(NewsWriter.Kind.CIVILIZATION, ctx.regionWithPrefix(""), date, null, null);
            Article a = new Article(YWJJ, date, ctx.nextArticleId(Hosts.WENMING), text, "中国文明网", "中国文明网编辑部", null);
            emitArticle(ctx, a, "extra");
        }
    }

    /** Writes an article, recording in the truth every phrase of the other family it names. */
    static void emitArticle(SynthContext ctx, Article a, String kind) throws IOException {
        SitePage page = ArticlePage.render(a, null);
        boolean credit = a.column().host().family() == Family.CREDIT;
        for (String phrase : credit ? CIV_PHRASES : CREDIT_PHRASES) {
            if (page.text().contains(phrase)) {
                ctx.truth.crossMention(new GroundTruth.CrossMention(a.url(), a.column().host().family().id(), phrase));
            }
        }
        ctx.emit(page, "article-" + kind);
    }

    private void filler(Column column) {
        LocalDate date = ctx.dayIn(month);
        boolean credit = column.host().family() == Family.CREDIT;
        if (column == SHXHMD) {
            honourFiller(date);
            return;
        }
        if (column == HNZMD) {
            zhumadianFiller(date);
            return;
        }
        Text text;
        if (column == CXWH || column == NANYANG || column == HNNY) {
            Region region = column == CXWH ? null : ctx.regionWithPrefix("4113");
            Human who = ctx.filler(region, null);
            String honour = credit ? "" : date.getYear() + "年" + date.getMonthValue() + "月，" + who.pronoun() + "入选身边好人榜。";
            text = ctx.stories.write(who, who.region().cityCounty(), honour, ctx.random.nextLong());
        } else {
            text = ctx.news.write(credit ? NewsWriter.Kind.CREDIT : NewsWriter.Kind.CIVILIZATION, ctx.regionWithPrefix(""), date, null, null);
        }
        Article a = publish(column, date, text, column.host().siteName(), column.host().siteName() + "编辑部");
        if (column == HNNY) {
            nanyangFiller.add(a);
        }
    }

    /** A 守信红名单 announcement naming a filler person. */
    private void honourFiller(LocalDate date) {
        Human who = ctx.filler(null, null);
        String honour = ctx.random.nextInt(4) == 0 ? "守信激励对象" : "诚信之星";
        publish(SHXHMD, date, CreditChinaSite.honourText(ctx.stories, ctx.random, who, who.region().full(), who.category(), honour, date),
                "信用中国", "信用中国网站");
    }

    /** A Zhumadian story, linked from the 相关阅读 of one of the block's Nanyang filler stories. */
    private void zhumadianFiller(LocalDate date) {
        Human who = ctx.filler(ctx.regionWithPrefix("4117"), null);
        Text text = ctx.stories.write(who, who.region().cityCounty(), LocalCivSites.honourLine(Hosts.HNZMD, who, date), ctx.random.nextLong());
        String source = LocalCivSites.source(Hosts.HNZMD);
        Article story = publish(HNZMD, date, text, source, source + "编辑");
        nanyangFiller.get(ctx.random.nextInt(nanyangFiller.size())).addRelated(story.title(), story.url());
    }

    private Article publish(Column column, LocalDate date, Text text, String source, String author) {
        Article a = new Article(column, date, ctx.nextArticleId(column.host()), text, source, author, null);
        articles.get(column).add(a);
        return a;
    }

    private static GroundTruth.Member member(Article a, String edit) {
        return new GroundTruth.Member(a.url(), a.column().host().family().id(), a.column().host().profile(), a.date().toString(), edit);
    }

    private static SitePage listPage(Column column, List<Article> slice, long index, long count) {
        StringBuilder main = new StringBuilder("<div class=\"column-title\">").append(Html.esc(column.name())).append("</div>\n");
        boolean creditChina = column.host() == Hosts.CREDITCHINA;
        main.append(creditChina ? "<ul class=\"news-list\">\n" : "<div class=\"list-box\"><ul>\n");
        for (Article a : slice) {
            main.append("<li><a href=\"").append(Html.attr(a.relativeUrl())).append("\" target=\"_blank\">").append(Html.esc(a.title()))
                    .append("</a><span").append(creditChina ? "" : " class=\"date\"").append('>').append(a.date()).append("</span></li>\n");
        }
        main.append(creditChina ? "</ul>\n" : "</ul></div>\n");
        main.append("<div class=\"page\"><script>var countPage = ").append(count).append(";var currentPage = ").append(index)
                .append(";createPageHTML(countPage, currentPage, \"index\", \"").append(column.ext()).append("\");</script></div>");
        String html = Html.page(column.host(), column.name(), List.of(), column.crumbs(), main.toString());
        return SitePage.html(column.host(), CrawlRequest.get(column.indexUrl((int) index)), html, List.of(), slice.get(0).date(), null);
    }
}
