package org.civcred.badinput;

import java.sql.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;

/**
 * What the tables show for one corpus item after the run, judged against what the item expects.
 *
 * @param item        the item
 * @param quarantined whether a quarantine row names it (its URL, or its file for file-level damage)
 * @param reasons     the reasons of those rows
 * @param handled     whether it ended where it should (the expected reason, the nulled field, the kept page)
 * @param traced      whether any output shows it at all (a quarantine row, or its row): false = lost silently
 * @param note        one line on what was found
 */
record ItemVerdict(BadInputCorpus.Item item, boolean quarantined, Set<String> reasons, boolean handled,
                   boolean traced, String note) {

    static ItemVerdict judge(BadInputCorpus.Item item, CorpusRun run) {
        Set<String> reasons = new TreeSet<>();
        List<String> details = new java.util.ArrayList<>();
        String fileName = item.file().getFileName().toString();
        for (Row q : run.quarantine) {
            String url = q.getAs("url");
            String rowKey = q.getAs("row_key");
            boolean byUrl = item.url() != null && item.url().equals(url);
            // Damage to a file before a record's URL is read is named by the file and byte offset only.
            boolean byFile = url == null && rowKey != null && rowKey.contains(fileName)
                    && (item.url() == null || item.outcome() == BadInputCorpus.Outcome.QUARANTINED
                    && q.<String>getAs("reason").equals(item.reason()));
            if ((byUrl || byFile) && item.stage().equals(q.getAs("stage"))) {
                reasons.add(q.getAs("reason"));
                details.add(q.getAs("reason") + ": " + q.getAs("detail"));
            }
        }
        boolean quarantined = !reasons.isEmpty();
        return switch (item.outcome()) {
            case QUARANTINED -> new ItemVerdict(item, quarantined, reasons, reasons.contains(item.reason()), quarantined,
                    quarantined ? String.join(" | ", details) : "no quarantine row");
            case KEPT -> kept(item, run, reasons);
            case FIELD_NULLED, FIELD_REJECTED -> field(item, run, reasons, details);
        };
    }

    private static ItemVerdict kept(BadInputCorpus.Item item, CorpusRun run, Set<String> reasons) {
        boolean document = rows(run.documents, item.url()).size() == 1;
        boolean leaked = run.captures.stream().map(r -> r.<String>getAs("url"))
                .anyMatch(u -> u.startsWith("javascript:") || u.startsWith("file:") || u.startsWith("data:"));
        return new ItemVerdict(item, !reasons.isEmpty(), reasons, document && !leaked && reasons.isEmpty(), document,
                document ? "document written" + (leaked ? "; a bad link reached captures" : "") : "no document");
    }

    private static ItemVerdict field(BadInputCorpus.Item item, CorpusRun run, Set<String> reasons,
                                     List<String> details) {
        boolean onEntries = !item.reason().equals("published_date");
        List<Row> rows = rows(onEntries ? run.entries : run.documents, item.url());
        if (rows.isEmpty()) {
            return new ItemVerdict(item, !reasons.isEmpty(), reasons, false, !reasons.isEmpty(),
                    "no " + (onEntries ? "list entry" : "document") + " row; " + String.join(" | ", details));
        }
        Row row = rows.get(0);
        String rawColumn = switch (item.reason()) {
            case "list_date" -> "list_date_raw";
            case "published_date" -> "published_raw";
            default -> "region_raw";
        };
        Object value = row.getAs(item.reason());
        String raw = row.getAs(rawColumn);
        boolean handled;
        if (item.outcome() == BadInputCorpus.Outcome.FIELD_NULLED) {
            handled = value == null && Objects.equals(item.raw(), raw);
        } else {
            // The absurd text did not become the date; a later candidate (the page's own date) may have.
            boolean plausible = value == null || value instanceof Date d && d.toLocalDate().getYear() >= 1900
                    && d.toLocalDate().getYear() <= 2100;
            String body = rows(run.documents, item.url()).stream().map(r -> r.<String>getAs("body_text"))
                    .filter(Objects::nonNull).findFirst().orElse("");
            String title = rows(run.documents, item.url()).stream().map(r -> r.<String>getAs("title"))
                    .filter(Objects::nonNull).findFirst().orElse("");
            handled = plausible && !Objects.equals(item.raw(), raw) && reasons.isEmpty();
            // The text itself is not lost: the page's text still holds it.
            handled &= body.contains(item.raw()) || title.contains(item.raw()) || item.reason().equals("published_date");
        }
        return new ItemVerdict(item, !reasons.isEmpty(), reasons, handled, true,
                item.reason() + "=" + value + ", " + rawColumn + "=" + raw);
    }

    private static List<Row> rows(List<Row> table, String url) {
        return table.stream().filter(r -> url.equals(r.getAs("url"))).toList();
    }
}
