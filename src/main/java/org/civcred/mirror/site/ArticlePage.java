package org.civcred.mirror.site;

import java.util.ArrayList;
import java.util.List;
import org.civcred.model.CrawlRequest;

/** Renders one article in its host's template (contract §1, §3, §5, §8, §9). */
public final class ArticlePage {

    /** Paragraphs starting with this marker are section headings ({@code <p><strong>…</strong></p>}). */
    public static final String HEADING = "##";

    private ArticlePage() {
    }

    public static SitePage render(Article a, Build build) {
        Host host = a.column().host();
        CrawlRequest request = CrawlRequest.get(a.url());
        String date = a.date().toString();
        StringBuilder body = new StringBuilder();
        for (String p : a.text().paragraphs()) {
            if (p.startsWith(HEADING)) {
                body.append("<p><strong>").append(Html.esc(p.substring(HEADING.length()))).append("</strong></p>\n");
            } else {
                body.append("<p>").append(Html.esc(p)).append("</p>\n");
            }
        }
        List<CrawlRequest> links = new ArrayList<>(Html.navLinks(host));
        if (!a.related().isEmpty()) {
            body.append("<div class=\"related\"><h4>相关阅读</h4><ul>\n");
            for (String[] r : a.related()) {
                body.append("<li><a href=\"").append(r[1]).append("\" target=\"_blank\">").append(Html.esc(r[0])).append("</a></li>\n");
                links.add(CrawlRequest.get(r[1]));
            }
            body.append("</ul></div>\n");
        }
        String title = Html.esc(a.title());
        String source = Html.esc(a.source());
        String main;
        List<String[]> metas = List.of();
        if (host == Hosts.WENMING || host == Hosts.TJWENMING) {
            metas = List.of(new String[] {"publishdate", date}, new String[] {"contentid", String.valueOf(a.id())},
                    new String[] {"catalogs", a.column().name()}, new String[] {"source", a.source()},
                    new String[] {"author", a.author()});
            main = "<div id=\"title_tex\">" + title + "</div>\n<div id=\"time_tex\">发表时间：" + date + " 来源：" + source
                    + "</div>\n<div id=\"tex\"><div class=\"TRS_Editor\">\n" + body + "</div></div>";
        } else if (host == Hosts.HNNY || host == Hosts.HNZMD) {
            String time = String.format("%02d:%02d", 8 + a.id() % 10, a.id() % 60);
            main = "<h1 class=\"art-title\">" + title + "</h1>\n<div class=\"art-info\">发布时间：" + date + " " + time
                    + " 来源：" + source + "</div>\n<div id=\"tex\">\n" + body + "</div>";
        } else if (host == Hosts.CREDITCHINA) {
            main = "<div class=\"article\"><h2 class=\"article-title\">" + title + "</h2>\n<div class=\"article-meta\"><span>发布时间："
                    + date + "</span><span>来源：" + source + "</span></div>\n<div class=\"article-content\">\n" + body + "</div></div>";
        } else if (host == Hosts.TONGBAI) {
            main = "<h1 class=\"title\">" + title + "</h1>\n<div class=\"info\">发布日期：" + date + " 信息来源：" + source
                    + "</div>\n<div class=\"content\">\n" + body + "</div>";
        } else if (host == Hosts.NANYANG) {
            main = "<h1 class=\"article-title\">" + title + "</h1>\n<div class=\"article-info\">发布时间：" + date + " 来源："
                    + source + "</div>\n<div class=\"article-content\">\n" + body + "</div>";
        } else {
            throw new IllegalStateException("No article template for " + host.name());
        }
        String crumbs = a.column().crumbs() + " &gt; 正文";
        String html = Html.page(host, a.title(), metas, crumbs, main);
        String text = a.title() + "\n" + String.join("\n", a.text().paragraphs());
        for (Subject s : a.subjects()) {
            build.mention(s, host, request);
        }
        return SitePage.html(host, request, html, links, a.date(), text);
    }
}
