package org.civcred.mirror.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civcred.model.CrawlRequest;

/**
 * Renders a TRS-paginated list: {@code index.ext} is page 0, {@code index_1.ext} page 1 …, each
 * with the {@code createPageHTML(countPage, currentPage, "index", ext)} pager script.
 */
public final class TrsList {

    /** One list entry. {@code href} is written as-is; {@code target} is the absolute URL it leads to. */
    public record Item(String title, String href, String target, LocalDate date) { }

    private TrsList() {
    }

    /**
     * Renders every page of a list. Each page links all the others, because a TRS extractor reads
     * countPage and emits every page at once; {@code introHtml} (raw HTML) and {@code introLinks}
     * go on the first page only.
     */
    public static List<SitePage> render(Column column, List<Item> items, String introHtml, List<CrawlRequest> introLinks) {
        int per = column.perPage();
        int count = Math.max(1, (items.size() + per - 1) / per);
        List<SitePage> pages = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            List<Item> slice = items.subList(p * per, Math.min(items.size(), (p + 1) * per));
            pages.add(page(column, slice, p, count, p == 0 ? introHtml : null, p == 0 ? introLinks : List.of()));
        }
        return pages;
    }

    /**
     * Renders page {@code p} of a list of {@code count} pages holding {@code slice}; {@code introHtml}
     * (raw HTML, or null) and {@code introLinks} are written as given, so callers pass them for page 0 only.
     */
    public static SitePage page(Column column, List<Item> slice, int p, int count, String introHtml, List<CrawlRequest> introLinks) {
        StringBuilder main = new StringBuilder();
        main.append("<div class=\"column-title\">").append(Html.esc(column.name())).append("</div>\n");
        if (introHtml != null) {
            main.append(introHtml).append("\n");
        }
        main.append(open(column.host()));
        List<CrawlRequest> links = new ArrayList<>(Html.navLinks(column.host()));
        links.addAll(introLinks);
        for (Item it : slice) {
            main.append("<li><a href=\"").append(Html.attr(it.href())).append("\" target=\"_blank\">")
                    .append(Html.esc(it.title())).append("</a><span").append(dateClass(column.host())).append('>')
                    .append(it.date()).append("</span></li>\n");
            links.add(CrawlRequest.get(it.target()));
        }
        main.append(close(column.host()));
        main.append("<div class=\"page\"><script>var countPage = ").append(count).append(";var currentPage = ")
                .append(p).append(";createPageHTML(countPage, currentPage, \"index\", \"").append(column.ext())
                .append("\");</script></div>");
        for (int q = 0; q < count; q++) {
            if (q != p) {
                links.add(CrawlRequest.get(column.indexUrl(q)));
            }
        }
        LocalDate newest = slice.isEmpty() ? LocalDate.of(2020, 12, 31) : slice.get(0).date();
        String html = Html.page(column.host(), column.name(), List.of(), column.crumbs(), main.toString());
        return SitePage.html(column.host(), CrawlRequest.get(column.indexUrl(p)), html, links, newest, null);
    }

    /** List entries for a column's articles, newest first, linked relatively as TRS lists do. */
    public static List<Item> items(List<Article> articles) {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(java.util.Comparator.comparing(Article::date).thenComparing(Article::id).reversed());
        return sorted.stream().map(a -> new Item(a.title(), a.relativeUrl(), a.url(), a.date())).toList();
    }

    private static String open(Host host) {
        if (host == Hosts.CREDITCHINA) {
            return "<ul class=\"news-list\">\n";
        }
        if (host == Hosts.TONGBAI) {
            return "<ul class=\"list\">\n";
        }
        return "<div class=\"list-box\"><ul>\n";
    }

    private static String close(Host host) {
        return host == Hosts.CREDITCHINA || host == Hosts.TONGBAI ? "</ul>\n" : "</ul></div>\n";
    }

    private static String dateClass(Host host) {
        return host == Hosts.CREDITCHINA || host == Hosts.TONGBAI ? "" : " class=\"date\"";
    }
}
