package org.civcred.synth;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.content.Human;
import org.civcred.mirror.content.NameBook;
import org.civcred.mirror.content.Pools;
import org.civcred.mirror.content.Region;
import org.civcred.mirror.content.Republisher;
import org.civcred.mirror.content.StoryWriter;
import org.civcred.mirror.site.Host;
import org.civcred.mirror.site.Hosts;
import org.civcred.mirror.site.SitePage;

/**
 * What every block of the corpus shares: the seeded random source, the mirror's story writer and
 * republisher, synth's own news writer, the WARC and truth writers, per-host article ids and the
 * tallies for {@code synth.json}. Blocks run one after another on one thread, so the same seed
 * gives the same bytes.
 */
final class SynthContext {

    final Pools pools;
    final Random random;
    final NameBook names;
    final StoryWriter stories;
    final SynthNews news;
    final Republisher republisher;
    final NameVariants variants = new NameVariants();
    final TruthWriter truth;
    final int scale;
    final long blocks;

    private final SynthWarcWriter warc;
    private final Map<String, Long> articleIds = new LinkedHashMap<>();
    private final Map<String, Long> kinds = new TreeMap<>();
    private final Map<String, Long> sites = new TreeMap<>();
    private final Map<String, Long> families = new TreeMap<>();
    private final Map<String, Long> planted = new TreeMap<>();
    private final Map<String, List<GroundTruth.Appearance>> appearances = new LinkedHashMap<>();
    private final List<String> provinces;

    SynthContext(Pools pools, long seed, SynthWarcWriter warc, TruthWriter truth, int scale, long blocks) {
        this.pools = pools;
        this.random = new Random(seed);
        this.names = new NameBook(pools, random, new HashSet<>(CommonNames.ALL));
        this.stories = new StoryWriter(pools, random);
        this.news = new SynthNews(pools, names, SynthNews.Templates.standard(), random);
        this.republisher = new Republisher(pools, random);
        this.warc = warc;
        this.truth = truth;
        this.scale = scale;
        this.blocks = blocks;
        this.provinces = pools.regions().stream().map(Region::province).distinct().sorted().toList();
    }

    /** Archives one page and counts it under its kind, site and family. */
    void emit(SitePage page, String kind) throws IOException {
        warc.write(page);
        kinds.merge(kind, 1L, Long::sum);
        sites.merge(page.host().name(), 1L, Long::sum);
        families.merge(page.host().family().id(), 1L, Long::sum);
    }

    long pagesWritten() {
        return warc.pages();
    }

    /** A TRS-like document id: grows with the order of publication, unique per host. */
    long nextArticleId(Host host) {
        long base = host == Hosts.WENMING ? 4_000_000 : host == Hosts.TJWENMING ? 1_200_000
                : host == Hosts.CREDITCHINA ? 100_000 : host == Hosts.NANYANG ? 200_000 : 300_000;
        return base + articleIds.merge(host.name(), 1L, Long::sum);
    }

    void count(String what, long n) {
        planted.merge(what, n, Long::sum);
    }

    /** Records where a planted person appears; written out with the person when the block ends. */
    void appear(String personId, Host host, SitePage page, String list, String listKind, String name, String region,
                String category, String date) {
        appearances.computeIfAbsent(personId, k -> new ArrayList<>()).add(new GroundTruth.Appearance(
                host.family().id(), host.profile(), page.request().url(), page.request().key(), list, listKind, name,
                region, category, date));
    }

    List<GroundTruth.Appearance> takeAppearances(String personId) {
        List<GroundTruth.Appearance> a = appearances.remove(personId);
        return a == null ? List.of() : a;
    }

    /** A random region whose province is (or, with {@code same} false, is not) in the given half. */
    Region regionInHalf(int half, boolean same) {
        for (int attempt = 0; ; attempt++) {
            Region r = pools.regions().get(random.nextInt(pools.regions().size()));
            boolean inHalf = provinces.indexOf(r.province()) % 2 == half;
            if (inHalf == same) {
                return r;
            }
        }
    }

    Region regionWithPrefix(String prefix) {
        List<Region> fit = pools.regions().stream().filter(r -> r.code().startsWith(prefix)).toList();
        return fit.get(random.nextInt(fit.size()));
    }

    LocalDate dayIn(YearMonth month) {
        return month.atDay(1 + random.nextInt(month.lengthOfMonth()));
    }

    Human filler(Region region, String category) {
        return names.person(region, category, 1945, 1995);
    }

    Map<String, Object> tallies() {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("pages_per_kind", kinds);
        t.put("pages_per_site", sites);
        t.put("pages_per_family", families);
        t.put("planted", planted);
        return t;
    }
}
