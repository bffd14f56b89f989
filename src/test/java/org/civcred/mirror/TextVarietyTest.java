package org.civcred.mirror;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Unrelated stories share little text; republications keep most of theirs. */
class TextVarietyTest {

    private final MirrorSnapshot snapshot = MirrorSnapshot.standard();

    private String articleText(String url) {
        byte[] body = snapshot.respond(MirrorRequest.get(url)).orElseThrow().body();
        Charset cs = url.contains("nanyang") || url.contains("tjwenming") ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        Document doc = Jsoup.parse(new String(body, cs));
        return doc.select("#tex p, .article-content p, .content p").eachText().stream()
                .filter(p -> !p.startsWith("编者按") && !p.startsWith("（本文转自")).reduce("", String::concat);
    }

    static double jaccard(String a, String b) {
        Set<String> x = grams(a);
        Set<String> y = grams(b);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return union.isEmpty() ? 0 : (double) x.size() / union.size();
    }

    private static Set<String> grams(String s) {
        Set<String> g = new HashSet<>();
        for (int i = 0; i + 5 <= s.length(); i++) {
            g.add(s.substring(i, i + 5));
        }
        return g;
    }

    @Test
    void storiesAboutDifferentPeopleShareLittleText() {
        List<String> stories = snapshot.groundTruth().crawl().expectedCaptures().stream()
                .filter(k -> k.matches("GET http://www\\.wenming\\.cn/sbhr_pd/hr365/\\d{6}/.*")).limit(40)
                .map(k -> articleText(k.substring(4))).toList();
        List<Double> scores = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            for (int j = i + 1; j < stories.size(); j++) {
                scores.add(jaccard(stories.get(i), stories.get(j)));
            }
        }
        double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        long high = scores.stream().filter(s -> s >= 0.3).count();
        assertTrue(mean < 0.1, "mean 5-gram Jaccard " + mean);
        assertTrue(high <= scores.size() / 100, high + " of " + scores.size() + " pairs at or above 0.3");
    }

    @Test
    void republicationsKeepMostOfTheirText() {
        for (GroundTruth.ArticleCluster c : snapshot.groundTruth().articles()) {
            String original = articleText(c.members().get(0).url());
            for (GroundTruth.Member m : c.members().subList(1, c.members().size())) {
                double j = jaccard(original, articleText(m.url()));
                assertTrue(j > 0.7, c.id() + " " + m.url() + " Jaccard " + j);
            }
        }
    }

    @Test
    void sameTemplatePairsAboutDifferentPeopleStayApart() {
        for (GroundTruth.ArticleDistractor d : snapshot.groundTruth().articleDistractors()) {
            double j = jaccard(articleText(d.urls().get(0)), articleText(d.urls().get(1)));
            assertTrue(j < 0.5, d.why() + " Jaccard " + j);
        }
    }
}
