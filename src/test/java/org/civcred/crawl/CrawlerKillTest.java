package org.civcred.crawl;

import org.civcred.testing.WarcContents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlerKillTest {

    private static final int PAGES = 30;

    @TempDir
    Path dataDir;
    TinySite site;

    @BeforeEach
    void startSite() throws Exception {
        StringBuilder home = new StringBuilder();
        for (int i = 1; i <= PAGES; i++) {
            home.append("<a href='/p").append(i).append("'>").append(i).append("</a>");
        }
        site = new TinySite().text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n").html("/", home.toString());
        for (int i = 1; i <= PAGES; i++) {
            site.html("/p" + i, "<a href='/'>home</a>" + (i < PAGES ? "<a href='/p" + (i + 1) + "'>next</a>" : ""));
        }
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void afterKillNineTheRerunCapturesEveryPageExactlyOnce() throws Exception {
        Process child = startChild("k1");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (site.pageTargets().size() < 10 && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(5);
            }
            assertTrue(child.isAlive(), "the child crawl was still running when killed");
        } finally {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        int before = site.pageTargets().size();
        assertTrue(before < PAGES + 1, "killed part-way: " + before + " pages");

        CrawlResult rerun = Crawler.run(CrawlFixtures.options(dataDir, "k1", site,
                TestRules.of(site, "/"), CrawlFixtures.settings()));

        Map<String, List<WarcContents.Item>> finals = WarcContents.read(Path.of(rerun.crawlDir())).finalPages();
        assertEquals(PAGES + 1, finals.size(), "no page lost");
        finals.forEach((key, records) -> assertEquals(1, records.size(), "one capture of " + key));
        List<String> targets = site.pageTargets();
        long refetched = targets.size() - targets.stream().distinct().count();
        assertTrue(refetched <= 2, "only a request in flight at the kill is sent again: " + refetched);
    }

    private Process startChild(String crawlId) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens")).forEach(cmd::add);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(CrawlChild.class.getName());
        cmd.add(dataDir.toString());
        cmd.add(crawlId);
        cmd.add(site.proxy());
        cmd.add("40");
        File log = dataDir.resolve("child.log").toFile();
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).start();
    }
}
