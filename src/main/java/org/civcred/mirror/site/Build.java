package org.civcred.mirror.site;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.civcred.mirror.content.Human;
import org.civcred.mirror.content.NameBook;
import org.civcred.mirror.content.NewsWriter;
import org.civcred.mirror.content.Pools;
import org.civcred.mirror.content.Region;
import org.civcred.mirror.content.Republisher;
import org.civcred.mirror.content.StoryWriter;
import org.civcred.mirror.scenario.Scenario;
import org.civcred.model.CrawlRequest;

/**
 * The state of one snapshot build: the seeded random source, the writers, the columns and their
 * articles, and what rendering records for the ground truth (appearances, credit-list rows).
 * One build runs on one thread, in a fixed order, so the same seed gives the same bytes.
 */
public final class Build {

    /** A scenario appearance together with the person or distractor it belongs to. */
    public record Planned(Scenario.Person person, Scenario.Appearance appearance) { }

    public final Scenario scenario;
    public final Pools pools;
    public final Random random;
    public final NameBook names;
    public final StoryWriter stories;
    public final NewsWriter news;
    public final Republisher republisher;

    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final Map<Column, List<Article>> articles = new LinkedHashMap<>();
    private final Map<String, Article> storyOf = new HashMap<>();
    private final Map<String, Integer> idsPerDay = new HashMap<>();
    private final Map<String, Human> humans = new HashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<CreditEntry> creditEntries = new ArrayList<>();

    public Build(Scenario scenario, Pools pools, long seed) {
        this.scenario = scenario;
        this.pools = pools;
        this.random = new Random(seed);
        Set<String> reserved = new HashSet<>(List.of("王伟", "李娜", "张伟", "王芳", "刘洋", "张敏", "李静", "王静", "刘伟", "王秀英"));
        for (Scenario.Person p : allPeople()) {
            reserved.add(p.name());
            p.appearances().forEach(a -> reserved.add(a.name().replace(" ", "")));
        }
        this.names = new NameBook(pools, random, reserved);
        this.stories = new StoryWriter(pools, random);
        this.news = new NewsWriter(pools, random);
        this.republisher = new Republisher(pools, random);
    }

    public List<Scenario.Person> allPeople() {
        List<Scenario.Person> all = new ArrayList<>(scenario.persons());
        all.addAll(scenario.distractors());
        return all;
    }

    /** Every planned appearance with the given code, persons first, in scenario order. */
    public List<Planned> planned(String at) {
        List<Planned> out = new ArrayList<>();
        for (Scenario.Person p : allPeople()) {
            for (Scenario.Appearance a : p.appearances()) {
                if (a.at().equals(at)) {
                    out.add(new Planned(p, a));
                }
            }
        }
        return out;
    }

    /**
     * The person behind an appearance. A distractor appearance with its own birth, gender or region
     * is a different (same-name) person and gets a Human of its own.
     */
    // One Human per scenario person, shared by all of its appearances, so that the same town, village
    // and job recur in every story about the person (as they would in real republished profiles).
    public Human human(Planned planned) {
        Scenario.Person p = planned.person();
        Scenario.Appearance a = planned.appearance();
        boolean other = a.birth() != null || a.gender() != null || a.regionCode() != null;
        String key = other ? p.id() + "/" + a.at() + "/" + a.when() : p.id();
        return humans.computeIfAbsent(key, k -> {
            String regionCode = a.regionCode() != null ? a.regionCode() : p.regionCode();
            String category = p.category() != null ? p.category() : a.category() != null && Pools.CATEGORIES.contains(a.category())
                    ? a.category() : Pools.CATEGORIES.get(Math.abs(p.id().hashCode()) % 5);
            String birth = a.birth() != null && a.birth().matches("\\d{4}-\\d{2}") ? a.birth() : p.birth();
            String gender = a.gender() != null ? a.gender() : p.gender();
            return new Human(p.id(), p.name(), gender, YearMonth.parse(birth), pools.region(regionCode),
                    names.pick(pools.towns()), names.pick(pools.villages()), names.pick(pools.jobs().get(category)), category);
        });
    }

    public Column column(Host host, String path, String ext, String name, String crumbs) {
        return column(host, path, ext, name, crumbs, 15);
    }

    public Column column(Host host, String path, String ext, String name, String crumbs, int perPage) {
        return columns.computeIfAbsent(host.name() + "/" + path, k -> {
            Column c = new Column(host, path, ext, name, crumbs, perPage);
            articles.put(c, new ArrayList<>());
            return c;
        });
    }

    public Column column(Host host, String path) {
        Column c = columns.get(host.name() + "/" + path);
        if (c == null) {
            throw new IllegalArgumentException("No column " + path + " on " + host.name());
        }
        return c;
    }

    /** Adds an article to its column with a TRS-like id that grows with the date. */
    public Article publish(Column column, LocalDate date, org.civcred.mirror.content.Text text, String source,
                           String author, Subject subject) {
        Article a = new Article(column, date, nextId(column.host(), date), text, source, author, subject);
        articles.get(column).add(a);
        return a;
    }

    public Map<Column, List<Article>> articles() {
        return articles;
    }

    public void rememberStory(String personId, String at, Article story) {
        storyOf.put(personId + "/" + at, story);
    }

    public Article storyOf(String personId, String at) {
        Article a = storyOf.get(personId + "/" + at);
        if (a == null) {
            throw new IllegalArgumentException("No story of " + personId + " at " + at + " to republish (mirror/scenario.yaml)");
        }
        return a;
    }

    public void mention(Subject subject, Host host, CrawlRequest request) {
        mentions.add(new Mention(subject, host, request.url(), request.key()));
    }

    public void creditEntry(String kind, String regionCode, boolean govBody, CrawlRequest request, String name) {
        creditEntries.add(new CreditEntry(kind, regionCode, govBody, request.key(), name));
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public List<CreditEntry> creditEntries() {
        return creditEntries;
    }

    public Region randomRegion(String codePrefix) {
        List<Region> fit = pools.regions().stream().filter(r -> r.code().startsWith(codePrefix)).toList();
        return fit.get(random.nextInt(fit.size()));
    }

    public LocalDate dayIn(YearMonth month) {
        return month.atDay(2 + random.nextInt(Math.min(26, month.lengthOfMonth() - 2)));
    }

    /**
     * TRS document ids grow with time (wenming ≈4.5 M in 2018), and extractors and WARC readers use
     * them as stable identities: the id is derived from the date so that it is unique per host and
     * ordered like the real ones.
     */
    private long nextId(Host host, LocalDate date) {
        long[] scheme = idScheme(host);
        int seq = idsPerDay.merge(host.name() + date, 1, Integer::sum) - 1;
        long days = date.toEpochDay() - LocalDate.of(2015, 1, 1).toEpochDay();
        long half = Math.max(1, scheme[1] / 2);
        if (seq >= half) {
            throw new IllegalStateException("Too many articles on " + host.name() + " on " + date);
        }
        // A day-dependent offset keeps ids from looking round while staying unique and growing with the date.
        return scheme[0] + days * scheme[1] + (days * 131) % half + seq;
    }

    /** Base id and ids per day: roughly the id ranges the real CMSs show. */
    private static long[] idScheme(Host host) {
        if (host == Hosts.WENMING) {
            return new long[] {4_000_000, 500};
        }
        if (host == Hosts.TJWENMING) {
            return new long[] {1_200_000, 90};
        }
        if (host == Hosts.CREDITCHINA) {
            return new long[] {100_000, 50};
        }
        if (host == Hosts.TONGBAI) {
            return new long[] {50_000, 6};
        }
        if (host == Hosts.NANYANG) {
            return new long[] {200_000, 30};
        }
        return new long[] {300_000, 40};
    }
}
