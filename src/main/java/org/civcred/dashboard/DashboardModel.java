package org.civcred.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civcred.serve.TableRows;

/**
 * Everything the page shows for one set of filters, as a JSON-ready tree: which tables exist and
 * at which version, the filter choices the data offers, and every panel. Missing tables leave
 * their panels out and are listed, so the page can say what to run.
 */
final class DashboardModel {

    private DashboardModel() {
    }

    static Map<String, Object> build(Map<String, TableRows> gold, Filters filters, RegionLabels labels,
                                     CaptureUrls captureUrls, String dataDir) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Long> versions = new TreeMap<>();
        gold.forEach((name, rows) -> versions.put(name, rows.version()));
        List<String> missing = new ArrayList<>(GoldTables.NAMES);
        missing.removeAll(gold.keySet());
        out.put("data", dataDir);
        out.put("versions", versions);
        out.put("missing", missing);
        if (gold.isEmpty()) {
            out.put("status", "empty");
            out.put("message", "No gold tables under " + dataDir + "/tables yet. Build them with "
                    + "bin/civcred demo --data " + dataDir + " (or bin/civcred run all --data " + dataDir
                    + " after a crawl), then reload this page.");
            return out;
        }
        out.put("status", "ok");
        out.put("filters", options(gold, labels));
        out.put("applied", applied(filters));
        if (gold.containsKey("overlap_persons")) {
            out.put("persons", PersonsPanel.build(gold.get("overlap_persons").rows(), filters, labels, captureUrls));
        }
        if (gold.containsKey("overlap_articles")) {
            out.put("articles", ActivityPanels.articles(gold.get("overlap_articles").rows(), filters));
        }
        if (gold.containsKey("cross_mentions")) {
            out.put("mentions", ActivityPanels.mentions(gold.get("cross_mentions").rows(), filters));
        }
        if (gold.containsKey("overlap_terms")) {
            out.put("terms", ActivityPanels.terms(gold.get("overlap_terms").rows(), filters));
        }
        if (gold.containsKey("overlap_cities")) {
            out.put("cities", ActivityPanels.cities(gold.get("overlap_cities").rows(), filters, labels));
        }
        return out;
    }

    /** Provinces, months and categories that occur in the gold tables. */
    private static Map<String, Object> options(Map<String, TableRows> gold, RegionLabels labels) {
        TreeSet<String> provinces = new TreeSet<>();
        TreeSet<String> months = new TreeSet<>();
        TreeSet<String> categories = new TreeSet<>();
        rows(gold, "overlap_persons").forEach(p -> {
            addIfPresent(provinces, RegionLabels.provinceCode(p.get("region_code")));
            addIfPresent(months, PersonsPanel.overlapMonth(p));
            categories.addAll(PersonsPanel.categories(p));
        });
        rows(gold, "cross_mentions").forEach(m -> {
            addIfPresent(provinces, RegionLabels.provinceCode(m.get("region_code")));
            addIfPresent(months, Filters.monthOf(m.get("published_date")));
        });
        rows(gold, "overlap_cities").forEach(c -> addIfPresent(provinces, RegionLabels.provinceCode(c.get("province_code"))));
        rows(gold, "overlap_articles").forEach(a -> addIfPresent(months, Filters.monthOf(a.get("first_date"))));
        List<Map<String, String>> provinceChoices = new ArrayList<>();
        provinces.forEach(code -> provinceChoices.add(Map.of("code", code, "name", labels.name(code))));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("provinces", provinceChoices);
        out.put("months", new ArrayList<>(months.descendingSet()));
        out.put("categories", new ArrayList<>(categories));
        return out;
    }

    private static List<Map<String, Object>> rows(Map<String, TableRows> gold, String table) {
        TableRows t = gold.get(table);
        return t == null ? List.of() : t.rows();
    }

    private static void addIfPresent(TreeSet<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }

    private static Map<String, Object> applied(Filters f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("province", f.province());
        out.put("month", f.month());
        out.put("category", f.category());
        return out;
    }
}
