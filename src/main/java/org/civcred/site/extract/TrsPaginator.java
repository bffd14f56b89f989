package org.civcred.site.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civcred.model.CrawlRequest;
import org.jsoup.nodes.Element;

/**
 * {@code trs-pagination}: TRS list pages write their pager as a script,
 * {@code var countPage = 5; var currentPage = 0; createPageHTML(countPage, currentPage, "index", "shtml");}.
 * Page 0 is {@code index.shtml}, page N is {@code index_N.shtml}, up to {@code countPage - 1}.
 * Every other page of the list is emitted (the frontier drops duplicates), numbered from 1.
 */
public final class TrsPaginator implements Paginator {

    private static final Pattern COUNT = Pattern.compile("countPage\\s*=\\s*(\\d+)");
    private static final Pattern CURRENT = Pattern.compile("currentPage\\s*=\\s*(\\d+)");
    private static final Pattern CALL = Pattern.compile(
            "createPageHTML\\(\\s*[^,()]+,\\s*[^,()]+,\\s*[\"'](\\w+)[\"']\\s*,\\s*[\"'](\\w+)[\"']");
    private static final Pattern URL_PAGE = Pattern.compile("/([A-Za-z]\\w*?)(?:_(\\d+))?\\.(\\w+)$");

    @Override
    public void paginate(PageContext page, ExtractionBuilder out) {
        if (page.page().isJson()) {
            return;
        }
        String script = pagerScript(page);
        Optional<Integer> count = number(COUNT, script);
        if (count.isEmpty()) {
            return;
        }
        Matcher fromUrl = URL_PAGE.matcher(Urls.path(page.url()));
        boolean urlShape = fromUrl.find();
        Matcher call = CALL.matcher(script);
        boolean hasCall = call.find();
        String prefix = hasCall ? call.group(1) : urlShape ? fromUrl.group(1) : "index";
        String ext = hasCall ? call.group(2) : urlShape ? fromUrl.group(3) : "html";
        int current = number(CURRENT, script)
                .orElse(urlShape && fromUrl.group(2) != null ? Integer.parseInt(fromUrl.group(2)) : 0);
        for (int n = 0; n < count.get(); n++) {
            if (n == current) {
                continue;
            }
            String file = n == 0 ? prefix + "." + ext : prefix + "_" + n + "." + ext;
            int pageNumber = n + 1;
            Urls.resolve(page.url(), file).ifPresent(url -> out.page(CrawlRequest.get(url), pageNumber));
        }
    }

    private static String pagerScript(PageContext page) {
        StringBuilder all = new StringBuilder();
        for (Element script : page.document().select("script")) {
            String data = script.data();
            if (data.contains("countPage")) {
                all.append(data).append('\n');
            }
        }
        return all.toString();
    }

    private static Optional<Integer> number(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(m.group(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
