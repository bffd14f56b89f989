package org.civcred.badinput;

import static org.civcred.badinput.Records.article;
import static org.civcred.badinput.Records.html;
import static org.civcred.badinput.Records.response;
import static org.civcred.badinput.Records.story;
import static org.civcred.badinput.Records.utf8;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes the bad-input corpus: WARC files in which every bad item sits between good pages, so a
 * run shows both that the item got its reason and that nothing around it was lost. Deterministic:
 * the same bytes on every run apart from jwarc's record ids. The sizes are chosen for the limits
 * of {@link #settings()} so the corpus stays a few tens of megabytes on disk for a moment.
 */
final class BadInputCorpus {

    /** Where an item is expected to end up. */
    enum Outcome {
        /** A quarantine row with the expected reason. */
        QUARANTINED,
        /** The row is written; one field is nulled, its text kept in the {@code _raw} column. */
        FIELD_NULLED,
        /** The row is written; the absurd value is not its date (the next candidate was taken). */
        FIELD_REJECTED,
        /** The page is good; only things inside it (links) are bad, and no output holds them. */
        KEPT
    }

    /**
     * One bad input.
     *
     * @param id     short name, unique
     * @param kind   the kind of bad input, as docs/bad-input.md names it
     * @param stage  ingest or extract
     * @param outcome where it must end up
     * @param reason quarantine reason, or the column nulled/rejected
     * @param url    the record's target URI (how its rows are found)
     * @param file   the WARC file holding it
     * @param raw    for field outcomes: the text the raw column must keep (null: not checked)
     */
    record Item(String id, String kind, String stage, Outcome outcome, String reason, String url, Path file,
                String raw) {
    }

    /** The corpus on disk: its items and the good pages around them. */
    record Corpus(List<Item> items, List<String> goodUrls, List<Path> files) {
    }

    static final String GOOD = "http://www.wenming.cn/sbhr_pd/sbhr/201906/t2019060";
    private static final String STORY = "http://www.wenming.cn/sbhr_pd/hr365/201906/t201906";
    private static final String ARTICLE = "http://www.wenming.cn/sbhr_pd/sbhr/201906/t201906";
    static final int MIB = 1 << 20;

    private final Path dir;
    private final List<Item> items = new ArrayList<>();
    private final List<String> good = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    private int goodCount;

    private BadInputCorpus(Path dir) {
        this.dir = dir;
    }

    /** Settings the corpus is sized for (smaller than the defaults, so the files stay small). */
    static String[] settings() {
        return new String[] {"ingest.max-payload-bytes", "3MiB", "extract.max-html-bytes", "2MiB",
            "extract.max-attribute-chars", "262144", "extract.max-nesting-depth", "512"};
    }

    static Corpus write(Path dir) throws IOException {
        BadInputCorpus c = new BadInputCorpus(dir);
        c.records();
        c.truncated();
        c.wrongLengths();
        c.notAWarc();
        return new Corpus(List.copyOf(c.items), List.copyOf(c.good), List.copyOf(c.files));
    }

    /** One gzip member per record; jwarc and ingest resume at the next member after any damage. */
    private void records() throws IOException {
        Path file = dir.resolve("bad-records.warc.gz");
        List<WarcRecord> out = new ArrayList<>();
        out.add(goodPage());
        String u = GOOD + "9_101.shtml";
        byte[] wrong = utf8("not this page");
        out.add(Records.withDigests(u, article("摘要被改", null, "正文"), null, Records.sha1(wrong)));
        add("payload-digest", "bad WARC-Payload-Digest", "ingest", "payload-digest-mismatch", u, file);
        u = GOOD + "9_102.shtml";
        out.add(Records.withDigests(u, article("块摘要被改", null, "正文"), Records.sha1(wrong), null));
        add("block-digest", "bad WARC-Block-Digest", "ingest", "block-digest-mismatch", u, file);
        out.add(goodPage());
        malicious(out, file);
        out.add(goodPage());
        sizes(out, file);
        out.add(goodPage());
        nonHtml(out, file);
        out.add(goodPage());
        markup(out, file);
        out.add(goodPage());
        fields(out, file);
        out.add(goodPage());
        write(file, WarcCompression.GZIP, out);
    }

    private void malicious(List<WarcRecord> out, Path file) {
        String[][] targets = {
            {"target-javascript", "javascript:alert(document.cookie)", "not-http"},
            {"target-file", "file:///etc/passwd", "not-http"},
            {"target-data", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "not-http"},
            {"target-private-10", "http://10.0.0.1/admin/", "internal-target"},
            {"target-loopback", "http://127.0.0.1:8080/", "internal-target"},
            {"target-ipv6-loopback", "http://[::1]/", "internal-target"},
            {"target-metadata", "http://169.254.169.254/latest/meta-data/", "internal-target"},
            {"target-decimal-ip", "http://2130706433/", "obscured-ip-target"},
            {"target-hex-ip", "http://0x7f.0.0.1/", "obscured-ip-target"},
            {"target-idn-cyrillic", "http://www.\u0441reditchina.gov.cn/xyxx/", "lookalike-host"},
            {"target-idn-punycode", "http://" + java.net.IDN.toASCII("www.\u0441reditchina.gov.cn") + "/xyxx/", "lookalike-host"},
            {"target-userinfo", "http://www.creditchina.gov.cn@evil.example/xyxx/", "target-has-userinfo"},
        };
        for (String[] t : targets) {
            out.add(html(t[1], article("恶意目标", "2019-06-01", "不应入库")));
            add(t[0], "malicious URL as WARC-Target-URI", "ingest", t[2], t[1], file);
        }
        String links = "<a href=\"javascript:alert(1)\">a</a><a href=\"file:///etc/passwd\">b</a>"
                + "<a href=\"data:text/html,x\">c</a><a href=\"http://10.0.0.1/\">d</a><a href=\"http://127.0.0.1/\">e</a>"
                + "<a href=\"http://[::1]/\">f</a><a href=\"http://169.254.169.254/\">g</a><a href=\"http://2130706433/\">h</a>"
                + "<a href=\"http://www.\u0441reditchina.gov.cn/\">i</a><a href=\"http://www.creditchina.gov.cn@evil.example/\">j</a>";
        String u = ARTICLE + "07_201.shtml";
        out.add(html(u, article("页面里的恶意链接", "2019-06-07", "正文照常。" + links)));
        add("links-in-page", "malicious URLs as links inside a page", "extract", Outcome.KEPT, "documents", u, file, null);
    }

    private void sizes(List<WarcRecord> out, Path file) {
        String u = GOOD + "9_301.shtml";
        out.add(response(u, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n",
                Records.gzipOfZeros(32 * MIB)));
        add("gzip-bomb", "gzip bomb (32 MiB of zeros in 32 KiB, Content-Encoding: gzip)", "ingest", "payload-too-large",
                u, file);
        u = GOOD + "9_302.shtml";
        out.add(html(u, article("超大记录", null, "字".repeat(4 * MIB / 3 + 10))));
        add("record-too-large", "WARC record over ingest.max-payload-bytes", "ingest", "payload-too-large", u, file);
        u = GOOD + "9_303.shtml";
        out.add(html(u, article("超大页面", null, "x".repeat(5 * MIB / 2))));
        add("html-too-large", "HTML over extract.max-html-bytes", "extract", "html-too-large", u, file);
    }

    private void nonHtml(List<WarcRecord> out, Path file) {
        byte[] pdf = utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        Object[][] bodies = {
            {"pdf-declared", "application/pdf", pdf, "unsupported-content-type"},
            {"pdf-as-html", "text/html; charset=utf-8", pdf, "binary-body"},
            {"image-declared", "image/png", png, "unsupported-content-type"},
            {"image-as-html", "text/html", png, "binary-body"},
            {"json-as-html", "text/html; charset=utf-8", utf8("{\"code\":0,\"data\":{\"list\":[]}}"), "nothing-extracted"},
            {"empty-body", "text/html; charset=utf-8", new byte[0], "empty-body"},
        };
        int n = 400;
        for (Object[] b : bodies) {
            String u = GOOD + "9_" + ++n + ".shtml";
            out.add(response(u, "HTTP/1.1 200 OK\r\nContent-Type: " + b[1] + "\r\n\r\n", (byte[]) b[2]));
            add((String) b[0], "non-HTML body under an HTML URL", "extract", (String) b[3], u, file);
        }
    }

    private void markup(List<WarcRecord> out, Path file) {
        String u = GOOD + "9_501.shtml";
        out.add(html(u, "<html><head></head><body><div class=\"unrelated\"><span></span></div></body></html>"));
        add("no-expected-element", "page missing every element of its profile", "extract", "nothing-extracted", u, file);
        u = GOOD + "9_502.shtml";
        out.add(html(u, article("巨大属性", null, "<img alt=\"" + "A".repeat(MIB + MIB / 2) + "\">正文")));
        add("huge-attribute", "attribute of 1.5 MiB", "extract", "attribute-too-long", u, file);
        u = GOOD + "9_503.shtml";
        out.add(html(u, "<html><body>" + "<div>".repeat(100_000) + "深" + "</div>".repeat(100_000) + "</body></html>"));
        add("deep-nesting", "markup nested 100,000 levels", "extract", "markup-too-deep", u, file);
    }

    private void fields(List<WarcRecord> out, Path file) {
        String u = STORY + "08_601.shtml";
        out.add(html(u, story("张甲", "天津市和平区", "0001年1月")));
        add("date-0001", "absurd date 0001-01-01 in a list row", "extract", Outcome.FIELD_REJECTED, "list_date", u, file,
                "0001年1月");
        u = STORY + "08_602.shtml";
        out.add(html(u, story("李乙", "天津市和平区", "9999年12月")));
        add("date-9999", "absurd date 9999-12-31 in a list row", "extract", Outcome.FIELD_REJECTED, "list_date", u, file,
                "9999年12月");
        u = STORY + "08_603.shtml";
        out.add(html(u, story("王丙", "天津市和平区", "2099年1月")));
        add("date-future-entry", "future year in a list row", "extract", Outcome.FIELD_NULLED, "list_date", u, file,
                "2099年1月");
        u = ARTICLE + "08_604.shtml";
        out.add(html(u, article("二月三十日", "2019年2月30日", "正文")));
        add("date-feb30", "impossible date 2月30日 as publication date", "extract", Outcome.FIELD_REJECTED,
                "published_date", u, file, "2019年2月30日");
        u = "http://www.wenming.cn/sbhr_pd/sbhr/209901/t20990105_605.shtml";
        out.add(html(u, article("未来的日期", null, "正文")));
        add("date-future-doc", "future publication date", "extract", Outcome.FIELD_NULLED, "published_date", u, file,
                "2099-01-05");
        String[][] regions = {{"region-999999", "999999"}, {"region-short", "1201"}, {"region-long", "12010199"}};
        int n = 610;
        for (String[] r : regions) {
            u = STORY + "08_" + ++n + ".shtml";
            out.add(html(u, story("赵丁" + n, r[1], "2019年5月")));
            add(r[0], "invalid region code " + r[1], "extract", Outcome.FIELD_NULLED, "region_code", u, file, r[1]);
        }
    }

    /** A gzip file whose last record is cut in the middle. */
    private void truncated() throws IOException {
        Path file = dir.resolve("truncated.warc.gz");
        String u = GOOD + "9_701.shtml";
        write(file, WarcCompression.GZIP, List.of(goodPage(), goodPage()));
        long intact = Files.size(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            writer.write(html(u, article("被截断", null, "正文".repeat(400))));
        }
        long cut = intact + (Files.size(file) - intact) / 2;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(cut);
        }
        add("truncated-record", "truncated WARC record (file cut in its last record)", "ingest", "record-truncated", u, file);
    }

    /**
     * An uncompressed file with one record declaring a Content-Length longer than its block and one
     * declaring a shorter one; good records before, between and after.
     */
    private void wrongLengths() throws IOException {
        Path file = dir.resolve("wrong-length.warc");
        String longer = GOOD + "9_801.shtml";
        String shorter = GOOD + "9_802.shtml";
        List<byte[]> parts = new ArrayList<>();
        parts.add(serialized(goodPage()));
        parts.add(withContentLength(html(longer, article("长度偏大", null, "正文")), +40));
        parts.add(serialized(goodPage()));
        parts.add(withContentLength(html(shorter, article("长度偏小", null, "正文")), -40));
        parts.add(serialized(goodPage()));
        byte[] all = new byte[0];
        for (byte[] p : parts) {
            all = Records.concat(all, p);
        }
        Files.write(file, all);
        files.add(file);
        add("content-length-long", "Content-Length longer than the record", "ingest", "record-length-mismatch", longer, file);
        // Too short a length cuts the block: it no longer matches its digest (and the rest is skipped as damage).
        add("content-length-short", "Content-Length shorter than the record", "ingest", "block-digest-mismatch", shorter, file);
    }

    private void notAWarc() throws IOException {
        Path file = dir.resolve("not-a-warc.warc.gz");
        Files.write(file, utf8("<html>this was saved with the wrong name</html>\n".repeat(20)));
        files.add(file);
        add("not-a-warc", "a file named .warc.gz that is not a WARC", "ingest", "not-a-warc", null, file);
    }

    private WarcResponse goodPage() {
        goodCount++;
        String u = GOOD + "1_" + goodCount + ".shtml";
        good.add(u);
        return html(u, article("好人好事第" + goodCount + "则", "2019-06-01",
                "第" + goodCount + "位志愿者坚持服务社区，帮助邻居解决困难，受到表扬。"));
    }

    private void add(String id, String kind, String stage, String reason, String url, Path file) {
        items.add(new Item(id, kind, stage, Outcome.QUARANTINED, reason, url, file, null));
    }

    private void add(String id, String kind, String stage, Outcome outcome, String reason, String url, Path file,
                     String raw) {
        items.add(new Item(id, kind, stage, outcome, reason, url, file, raw));
    }

    private void write(Path file, WarcCompression compression, List<WarcRecord> records) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING); WarcWriter writer = new WarcWriter(channel, compression)) {
            for (WarcRecord r : records) {
                writer.write(r);
            }
        }
        files.add(file);
    }

    private static byte[] serialized(WarcRecord record) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.NONE)) {
            writer.write(record);
        }
        return out.toByteArray();
    }

    /** The record as written, with its Content-Length header changed by {@code delta}. */
    private static byte[] withContentLength(WarcRecord record, int delta) throws IOException {
        String text = new String(serialized(record), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Content-Length: (\\d+)\r\n").matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no Content-Length in " + text.substring(0, 200));
        }
        long declared = Long.parseLong(m.group(1)) + delta;
        return (text.substring(0, m.start(1)) + declared + text.substring(m.end(1))).getBytes(StandardCharsets.ISO_8859_1);
    }
}
