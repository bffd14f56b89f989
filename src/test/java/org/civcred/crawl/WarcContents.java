package org.civcred.crawl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcRevisit;

/** Reads every record of a crawl directory's WARC files back with jwarc, for assertions. */
final class WarcContents {

    /** One record: its type, target, metadata fields (metadata records) and revisit profile. */
    record Item(String type, String target, Map<String, String> fields, String profile, String requestText) {
        String field(String name) {
            return fields.get("civcred-" + name);
        }
    }

    final List<Item> items;

    private WarcContents(List<Item> items) {
        this.items = items;
    }

    static WarcContents read(Path crawlDir) throws IOException {
        List<Item> items = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(crawlDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".warc.gz")).sorted().toList();
        }
        for (Path file : files) {
            try (WarcReader reader = new WarcReader(file)) {
                for (WarcRecord r : reader) {
                    String target = r.headers().first("WARC-Target-URI").orElse("");
                    Map<String, String> fields = new LinkedHashMap<>();
                    String profile = null;
                    String requestText = null;
                    if (r instanceof WarcMetadata m) {
                        m.fields().map().forEach((k, v) -> fields.put(k, v.get(0)));
                    } else if (r instanceof WarcRevisit v) {
                        profile = v.profile().toString();
                    } else if (r instanceof WarcRequest q) {
                        requestText = new String(q.body().stream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    }
                    items.add(new Item(r.type(), target, fields, profile, requestText));
                }
            }
        }
        return new WarcContents(items);
    }

    List<Item> ofType(String type) {
        return items.stream().filter(i -> i.type().equals(type)).toList();
    }

    /** Final metadata records (civcred-final=true) of page requests, by request key. */
    Map<String, List<Item>> finalPages() {
        Map<String, List<Item>> byKey = new LinkedHashMap<>();
        for (Item i : ofType("metadata")) {
            if ("true".equals(i.field("final")) && "page".equals(i.field("purpose"))) {
                byKey.computeIfAbsent(i.field("request-key"), k -> new ArrayList<>()).add(i);
            }
        }
        return byKey;
    }
}
