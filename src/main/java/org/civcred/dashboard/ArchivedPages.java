package org.civcred.dashboard;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.civcred.serve.KernelTables;
import org.civcred.storage.HttpResponseData;
import org.civcred.storage.WarcPayloadReader;

/**
 * Finds a capture in the captures table and reads its archived response from the WARC file. A
 * revisit record carries no body, so it is followed to the capture it refers to.
 */
final class ArchivedPages {

    /** What the page needs to serve an archived copy. */
    record ArchivedPage(String captureId, String url, String fetchTime, String charset, String contentType,
                        HttpResponseData response) {
    }

    private static final List<String> COLUMNS = List.of("capture_id", "record_type", "url", "fetch_time",
            "charset", "content_type", "warc_file", "warc_offset", "refers_to");

    private final KernelTables tables;
    private final Configuration conf;

    ArchivedPages(KernelTables tables, Configuration conf) {
        this.tables = tables;
        this.conf = conf;
    }

    /** The archived page of a capture, or empty when no capture has that id. */
    Optional<ArchivedPage> find(String... captureIdForms) throws IOException {
        if (tables.version("captures").isEmpty()) {
            return Optional.empty();
        }
        Optional<Map<String, Object>> row = lookup(Set.of(captureIdForms));
        if (row.isPresent() && "revisit".equals(row.get().get("record_type")) && row.get().get("refers_to") != null) {
            Map<String, Object> revisit = row.get();
            Optional<Map<String, Object>> original = lookup(Set.of((String) revisit.get("refers_to")));
            if (original.isPresent()) {
                return Optional.of(read(original.get(), (String) revisit.get("capture_id")));
            }
        }
        return row.isPresent() && "response".equals(row.get().get("record_type"))
                ? Optional.of(read(row.get(), (String) row.get().get("capture_id"))) : Optional.empty();
    }

    private Optional<Map<String, Object>> lookup(Set<String> ids) {
        return tables.rowsWhere("captures", "capture_id", ids, COLUMNS, 1).stream().findFirst();
    }

    private ArchivedPage read(Map<String, Object> row, String requestedId) throws IOException {
        HttpResponseData response = WarcPayloadReader.read((String) row.get("warc_file"),
                (Long) row.get("warc_offset"), conf);
        Object fetchTime = row.get("fetch_time");
        return new ArchivedPage(requestedId, (String) row.get("url"), fetchTime == null ? null : fetchTime.toString(),
                (String) row.get("charset"), (String) row.get("content_type"), response);
    }
}
