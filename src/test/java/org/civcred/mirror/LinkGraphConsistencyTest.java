package org.civcred.mirror;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The ground truth's crawl is computed from links the generator declares; these tests read the
 * rendered HTML back and check the declared graph and the markup agree, and that only planted
 * people are named on both sides.
 */
class LinkGraphConsistencyTest {

    private static final Set<String> HOSTS = Set.of("www.wenming.cn", "zghr.wenming.cn", "hnny.wenming.cn", "hnzmd.wenming.cn",
            "www.tjwenming.cn", "www.creditchina.gov.cn", "public.creditchina.gov.cn", "credit.fzgg.tj.gov.cn",
            "www.tongbai.gov.cn", "credit.nanyang.gov.cn");
    private static final Set<String> CREDIT = Set.of("www.creditchina.gov.cn", "public.creditchina.gov.cn",
            "credit.fzgg.tj.gov.cn", "www.tongbai.gov.cn", "credit.nanyang.gov.cn");
    private static final Pattern PROFILE = Pattern.compile("^(?:\\d+\\.)?([^，。：\\d]{2,12})，[男女]，");

    private final MirrorSnapshot snapshot = MirrorSnapshot.standard();

    private static Charset charset(MirrorResource r) {
        return r.host().equals("www.tjwenming.cn") || r.host().equals("credit.nanyang.gov.cn") ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
    }

    private Map<String, MirrorResource> htmlCaptures() {
        Set<String> captures = Set.copyOf(snapshot.groundTruth().crawl().expectedCaptures());
        return snapshot.resources().stream().filter(r -> r.contentType().startsWith("text/html"))
                .filter(r -> captures.contains(r.request().key()))
                .collect(Collectors.toMap(r -> r.request().key(), r -> r));
    }

    @Test
    void everyAnchorToAMirrorHostLeadsToAPageTheCrawlKnows() {
        GroundTruth.Crawl crawl = snapshot.groundTruth().crawl();
        Set<String> known = new HashSet<>();
        crawl.expectedCaptures().forEach(k -> known.add(k.substring(k.indexOf(' ') + 1)));
        crawl.robotsDisallowed().forEach(k -> known.add(k.substring(4)));
        crawl.challenges().forEach(c -> known.add(c.request().substring(c.request().indexOf(' ') + 1)));
        for (MirrorResource r : htmlCaptures().values()) {
            Document doc = Jsoup.parse(new String(r.body(), charset(r)), r.url());
            for (Element a : doc.select("a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("javascript:") || href.startsWith("#")) {
                    continue;
                }
                String target = a.absUrl("href");
                String host = target.replaceFirst("^https?://", "").replaceFirst("[/:?].*$", "");
                if (HOSTS.contains(host)) {
                    assertTrue(known.contains(target), r.url() + " links " + target + " which the crawl does not know");
                }
            }
        }
    }

    @Test
    void listPagesLinkEveryPageOfTheirPagination() {
        Pattern pager = Pattern.compile("var countPage = (\\d+);var currentPage = (\\d+);createPageHTML\\(countPage, currentPage, \"index\", \"(\\w+)\"\\)");
        Set<String> captures = Set.copyOf(snapshot.groundTruth().crawl().expectedCaptures());
        int lists = 0;
        for (MirrorResource r : htmlCaptures().values()) {
            Matcher m = pager.matcher(new String(r.body(), charset(r)));
            if (!m.find()) {
                continue;
            }
            lists++;
            String base = r.url().substring(0, r.url().lastIndexOf('/') + 1);
            for (int page = 0; page < Integer.parseInt(m.group(1)); page++) {
                String url = base + (page == 0 ? "index." : "index_" + page + ".") + m.group(3);
                assertTrue(captures.contains("GET " + url), url);
            }
        }
        assertTrue(lists >= 20, "TRS list pages: " + lists);
    }

    @Test
    void onlyPlantedPeopleAreNamedOnBothSides() {
        Set<String> allowed = new HashSet<>();
        snapshot.groundTruth().persons().forEach(p -> p.appearances().forEach(a -> allowed.add(a.nameAsWritten())));
        snapshot.groundTruth().distractors().forEach(d -> d.appearances().forEach(a -> allowed.add(a.nameAsWritten())));
        Set<String> civ = new HashSet<>();
        Set<String> credit = new HashSet<>();
        for (MirrorResource r : htmlCaptures().values()) {
            Document doc = Jsoup.parse(new String(r.body(), charset(r)));
            Set<String> names = CREDIT.contains(r.host()) ? credit : civ;
            for (Element e : doc.select("p")) {
                Matcher m = PROFILE.matcher(e.text());
                if (m.find()) {
                    names.add(m.group(1));
                }
            }
            doc.select("table.hrb-table td:eq(0), table.tjhr-list td:eq(0), .xjrw-sec li a, table.list-table td:eq(0)")
                    .forEach(e -> names.add(e.text()));
        }
        assertTrue(civ.size() > 3000 && credit.size() > 150, civ.size() + " / " + credit.size());
        Set<String> both = new HashSet<>(civ);
        both.retainAll(credit);
        both.removeAll(allowed);
        assertTrue(both.isEmpty(), "named on both sides but not planted: " + both);
        List<String> plantedOnBoth = allowed.stream().filter(civ::contains).filter(credit::contains).toList();
        assertTrue(plantedOnBoth.size() >= 10, "planted names written alike on both sides: " + plantedOnBoth);
    }
}
