package org.civcred.mirror.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civcred.mirror.content.Human;
import org.civcred.mirror.content.NewsWriter;
import org.civcred.mirror.content.Region;
import org.civcred.mirror.content.Republisher;
import org.civcred.mirror.content.Text;
import org.civcred.mirror.scenario.Scenario;
import org.civcred.model.Family;

/**
 * Plans the scenario's cross-site cases once every site has its columns and planted stories:
 * republished-article clusters, same-template distractor pairs and cross-mention news items.
 */
public final class ScenarioPlanner {

    /** One member of a republished cluster; {@code edit} is empty for the original. */
    public record Member(Article article, String edit) { }

    public record PlannedCluster(String id, String note, List<Member> members) { }

    public record PlannedPair(String id, String category, Article civ, Article credit) { }

    private final List<PlannedCluster> clusters = new ArrayList<>();
    private final List<PlannedPair> pairs = new ArrayList<>();

    public List<PlannedCluster> clusters() {
        return clusters;
    }

    public List<PlannedPair> pairs() {
        return pairs;
    }

    public void plan(Build b) {
        for (Scenario.Cluster c : b.scenario.articles()) {
            clusters.add(cluster(b, c));
        }
        for (Scenario.ArticleDistractor d : b.scenario.articleDistractors()) {
            long seed = b.random.nextLong();
            pairs.add(new PlannedPair(d.id(), d.category(), templated(b, d.civ(), d.category(), seed),
                    templated(b, d.credit(), d.category(), seed)));
        }
        for (Scenario.CrossMention m : b.scenario.crossMentions()) {
            if (m.site().equals("tongbai-hhb")) {
                continue; // written into the quarterly release by TongbaiSite
            }
            Host host = Hosts.bySiteId(m.site());
            Column column = columnOf(b, host, m.column());
            NewsWriter.Kind kind = host.family() == Family.CREDIT ? NewsWriter.Kind.CREDIT : NewsWriter.Kind.CIVILIZATION;
            LocalDate date = LocalDate.parse(m.date());
            Text text = b.news.write(kind, regionOfCity(b, m.city()), date, m.title(), m.phrase());
            b.publish(column, date, text, host.siteName(), host.siteName() + "编辑部", null);
        }
    }

    /**
     * A cluster: the original (a planted person's story or a news item) and its edited copies. A copy of
     * a person's story is also an appearance of that person on the copying site.
     */
    private PlannedCluster cluster(Build b, Scenario.Cluster c) {
        Scenario.Origin o = c.origin();
        Article origin;
        if (o.person() != null) {
            origin = b.storyOf(o.person(), o.at());
        } else {
            Host host = Hosts.bySiteId(o.site());
            boolean credit = host.family() == Family.CREDIT;
            LocalDate date = LocalDate.parse(o.date());
            String phrase = credit ? "创建全国文明城市" : "信用体系建设";
            Region where = credit ? b.pools.region("411302") : b.randomRegion("");
            Text text = b.news.write(credit ? NewsWriter.Kind.CREDIT : NewsWriter.Kind.CIVILIZATION, where, date, o.title(), phrase);
            origin = b.publish(columnOf(b, host, o.column()), date, text, host.siteName(), host.siteName() + "编辑部", null);
        }
        List<Member> members = new ArrayList<>();
        members.add(new Member(origin, ""));
        Subject subject = origin.subjects().isEmpty() ? null : origin.subjects().get(0);
        for (Scenario.Republication r : c.republications()) {
            Host host = Hosts.bySiteId(r.site());
            Republisher.Edited edited = b.republisher.apply(origin.text(), origin.source(),
                    subject == null ? null : subject.name(), r.edits());
            LocalDate date = origin.date().plusDays(r.lagDays());
            Column column = columnOf(b, host, r.column());
            Subject copy = null;
            if (subject != null) {
                boolean credit = host.family() == Family.CREDIT;
                copy = new Subject(subject.personId(), column.name(), credit ? "red" : "honour", edited.nameAsWritten(),
                        subject.region(), subject.category(), date.toString(), subject.regionCode());
            }
            Article a = b.publish(column, date, edited.text(), edited.source(), host.siteName() + "编辑部", copy);
            members.add(new Member(a, String.join(",", r.edits())));
        }
        return new PlannedCluster(c.id(), c.note(), members);
    }

    private Article templated(Build b, Scenario.Place place, String category, long seed) {
        Host host = Hosts.bySiteId(place.site());
        Region region = host == Hosts.HNNY || host == Hosts.NANYANG ? b.randomRegion("4113") : null;
        Human who = b.names.person(region, category, 1950, 1990);
        LocalDate date = LocalDate.parse(place.date());
        String honour = host.family() == Family.CREDIT ? "" : date.getYear() + "年" + date.getMonthValue() + "月，" + who.pronoun() + "入选身边好人榜。";
        Text text = b.stories.write(who, who.region().cityCounty(), honour, seed, b.random.nextLong());
        return b.publish(columnOf(b, host, place.column()), date, text, host.siteName(), host.siteName() + "编辑部", null);
    }

    /** Scenario column names (short) to the host's column. */
    static Column columnOf(Build b, Host host, String column) {
        String path = switch (column) {
            case "yw" -> "a/yw";
            case "ywjj" -> "sbhr_pd/ywjj";
            case "chengxinwenhua" -> "xinyongwenhua/chengxinwenhua";
            case "xinyongdongtai" -> "xinwenzixun/xinyongdongtai";
            default -> column;
        };
        return b.column(host, path);
    }

    static Region regionOfCity(Build b, String city) {
        for (Region r : b.pools.regions()) {
            if (r.county().equals(city)) {
                return r;
            }
        }
        for (Region r : b.pools.regions()) {
            if (r.city().equals(city)) {
                return r;
            }
        }
        throw new IllegalArgumentException("No region for city " + city + " in mirror/pools.yaml");
    }
}
