package org.civcred.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * Everything in a crawl's WARC files, read back with jwarc for assertions: the response, revisit
 * and metadata records with their civcred fields, and a digest check of every payload.
 */
public final class WarcContents {

    /** One response or revisit record, joined to its metadata record by WARC-Concurrent-To. */
    public record Capture(String type, String targetUri, String recordId, int status, byte[] payload,
                          String declaredPayloadDigest, String contentType, Path file) {
    }

    /** One metadata record's civcred fields. */
    public record Outcome(String requestKey, String outcome, boolean terminal, Map<String, String> fields,
                          String concurrentTo) {
    }

    /** Any record: its type, target, metadata fields, revisit profile and request text. */
    public record Item(String type, String target, Map<String, String> fields, String profile, String requestText) {
        /** A civcred metadata field without its {@code civcred-} prefix. */
        public String field(String name) {
            return fields.get("civcred-" + name);
        }
    }

    public final List<Item> items = new ArrayList<>();
    public final List<Capture> captures = new ArrayList<>();
    public final List<Outcome> outcomes = new ArrayList<>();
    public final Map<String, Capture> capturesById = new LinkedHashMap<>();
    public final List<String> digestMismatches = new ArrayList<>();
    public final List<String> warcinfoFiles = new ArrayList<>();
    /** Revisit record id → the WARC-Refers-To record id it names. */
    public final Map<String, String> refersTo = new LinkedHashMap<>();
    public int files;

    public static WarcContents read(Path crawlDir) throws IOException {
        WarcContents c = new WarcContents();
        List<Path> files;
        try (Stream<Path> s = Files.list(crawlDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".warc.gz")).sorted().toList();
        }
        for (Path f : files) {
            c.files++;
            c.readFile(f);
        }
        return c;
    }

    private void readFile(Path file) throws IOException {
        boolean first = true;
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord record : reader) {
                items.add(item(record));
                if (first && record.type().equals("warcinfo")) {
                    warcinfoFiles.add(file.getFileName().toString());
                }
                first = false;
                if (record instanceof WarcResponse response) {
                    byte[] payload = readAll(response.http().body());
                    String declared = response.payloadDigest().map(d -> d.prefixedBase32()).orElse(null);
                    if (declared != null && !declared.equalsIgnoreCase(sha1(payload))) {
                        digestMismatches.add(response.target() + " declared " + declared + " actual " + sha1(payload));
                    }
                    add(new Capture("response", response.target(), response.id().toString(), response.http().status(),
                            payload, declared, response.http().headers().first("Content-Type").orElse(""), file));
                } else if (record instanceof WarcRevisit revisit) {
                    revisit.refersTo().ifPresent(id -> refersTo.put(revisit.id().toString(), id.toString()));
                    add(new Capture("revisit", revisit.target(), revisit.id().toString(), revisit.http().status(),
                            new byte[0], revisit.payloadDigest().map(d -> d.prefixedBase32()).orElse(null),
                            "", file));
                } else if (record instanceof WarcMetadata metadata) {
                    Map<String, List<String>> fields = metadata.fields().map();
                    Map<String, String> flat = new LinkedHashMap<>();
                    fields.forEach((k, v) -> flat.put(k, v.isEmpty() ? "" : v.get(0)));
                    outcomes.add(new Outcome(flat.get("civcred-request-key"), flat.get("civcred-outcome"),
                            "true".equals(flat.get("civcred-final")), flat,
                            metadata.concurrentTo().stream().findFirst().map(Object::toString).orElse(null)));
                }
            }
        }
    }

    private static Item item(WarcRecord r) throws IOException {
        String target = r.headers().first("WARC-Target-URI").orElse("");
        Map<String, String> fields = new LinkedHashMap<>();
        String profile = null;
        String requestText = null;
        if (r instanceof WarcMetadata m) {
            m.fields().map().forEach((k, v) -> fields.put(k, v.isEmpty() ? "" : v.get(0)));
        } else if (r instanceof WarcRevisit v) {
            profile = v.profile().toString();
        } else if (r instanceof WarcRequest q) {
            requestText = new String(q.body().stream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return new Item(r.type(), target, fields, profile, requestText);
    }

    public List<Item> ofType(String type) {
        return items.stream().filter(i -> i.type().equals(type)).toList();
    }

    /** Final metadata records (civcred-final=true) of page requests, by request key. */
    public Map<String, List<Item>> finalPages() {
        Map<String, List<Item>> byKey = new LinkedHashMap<>();
        for (Item i : ofType("metadata")) {
            if ("true".equals(i.field("final")) && "page".equals(i.field("purpose"))) {
                byKey.computeIfAbsent(i.field("request-key"), k -> new ArrayList<>()).add(i);
            }
        }
        return byKey;
    }

    private void add(Capture capture) {
        captures.add(capture);
        capturesById.put(capture.recordId(), capture);
    }

    /** Terminal outcomes by request key; a key appearing twice is a duplicate capture. */
    public Map<String, List<Outcome>> terminalByKey() {
        Map<String, List<Outcome>> m = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            if (o.terminal()) {
                m.computeIfAbsent(o.requestKey(), k -> new ArrayList<>()).add(o);
            }
        }
        return m;
    }

    /** The response record that a terminal metadata record describes, if any. */
    public Capture captureOf(Outcome o) {
        return o.concurrentTo() == null ? null : capturesById.get(o.concurrentTo());
    }

    private static byte[] readAll(MessageBody body) throws IOException {
        return body.stream().readAllBytes();
    }

    public static String sha1(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(bytes);
            return "sha1:" + base32(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base32(byte[] bytes) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }
}
