package org.civcred.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CharsetSnifferTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset BIG5 = Charset.forName("Big5");

    /** Long enough for a detector to be sure; 喆 and 堃 exist in GBK but not in GB2312. */
    private static final String STORY = "<html><head><title>天津好人</title></head><body><p>王堃，女，1970年生，"
            + "天津市和平区某社区志愿者，长期照顾孤寡老人，获评天津好人。张喆，男，1965年3月生，河西区人。</p></body></html>";
    private static final String TRAD_STORY = "<html><body><p>誠信之星，女，一九六二年生，長期照顧鄰里孤寡老人，"
            + "熱心公益，獲評全國道德模範提名獎。她說：「這是應該做的事情。」</p></body></html>";

    record Case(String name, byte[] body, String contentType, Charset charset, String source, String declared) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        byte[] ascii = "<html><body>plain</body></html>".getBytes(StandardCharsets.US_ASCII);
        byte[] gbkStory = STORY.getBytes(GBK);
        return Stream.of(
                // byte-order marks outrank everything
                new Case("utf-8 bom beats a gbk header", bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "好"),
                        "text/html; charset=gbk", StandardCharsets.UTF_8, "bom", ""),
                new Case("utf-16le bom", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, "好", StandardCharsets.UTF_16LE),
                        null, StandardCharsets.UTF_16LE, "bom", ""),
                new Case("utf-16be bom", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, "好", StandardCharsets.UTF_16BE),
                        null, StandardCharsets.UTF_16BE, "bom", ""),
                // the HTTP header
                new Case("plain header", ascii, "text/html; charset=UTF-8", StandardCharsets.UTF_8, "header", "UTF-8"),
                new Case("double-quoted header name", ascii, "text/html;charset=\"utf-8\"", StandardCharsets.UTF_8, "header", "utf-8"),
                new Case("single-quoted gbk", ascii, "text/html; charset='gbk'", GB18030, "header", "gbk"),
                new Case("utf8 without hyphen", ascii, "text/html; charset=utf8", StandardCharsets.UTF_8, "header", "utf8"),
                new Case("utf underscore 8", ascii, "text/html; charset=UTF_8", StandardCharsets.UTF_8, "header", "UTF_8"),
                new Case("x-gbk", ascii, "text/html; charset=x-gbk", GB18030, "header", "x-gbk"),
                new Case("cp936", ascii, "text/html; charset=cp936", GB18030, "header", "cp936"),
                new Case("gb_2312-80", ascii, "text/html; charset=gb_2312-80", GB18030, "header", "gb_2312-80"),
                new Case("upper-case GB2312", ascii, "text/html; charset=GB2312", GB18030, "header", "GB2312"),
                new Case("gbk with trailing semicolon", ascii, "text/html; charset=gbk;", GB18030, "header", "gbk"),
                new Case("spaces around the name", ascii, "text/html; charset =  utf-8  ", StandardCharsets.UTF_8, "header", "utf-8"),
                new Case("big5 stays big5", ascii, "text/html; charset=big5", BIG5, "header", "big5"),
                new Case("gb18030 as declared", ascii, "text/html; charset=GB18030", GB18030, "header", "GB18030"),
                new Case("latin-1 label means windows-1252", ascii, "text/html; charset=iso-8859-1",
                        Charset.forName("windows-1252"), "header", "iso-8859-1"),
                new Case("header wins over meta", html("<meta charset=\"gbk\">"), "text/html; charset=utf-8",
                        StandardCharsets.UTF_8, "header", "utf-8"),
                new Case("unknown header name falls to meta", html("<meta charset=\"gbk\">"), "text/html; charset=klingon",
                        GB18030, "meta", "klingon"),
                new Case("unknown header name falls to default", ascii, "text/html; charset=klingon",
                        StandardCharsets.UTF_8, "default", "klingon"),
                new Case("unknown header name falls to detection", gbkStory, "text/html; charset=\"unicode-1-1-utf-9\"",
                        GB18030, "detected", "unicode-1-1-utf-9"),
                // meta declarations
                new Case("meta charset", html("<meta charset=gb2312>"), "text/html", GB18030, "meta", "gb2312"),
                new Case("meta http-equiv as on tjwenming",
                        html("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"), "text/html",
                        GB18030, "meta", "gb2312"),
                new Case("upper-case meta tag", html("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; CHARSET=GBK\">"),
                        null, GB18030, "meta", "GBK"),
                new Case("single-quoted meta charset", html("<meta charset='utf-8' />"), null, StandardCharsets.UTF_8, "meta", "utf-8"),
                new Case("meta charset with trailing semicolon", html("<meta charset=gbk;>"), null, GB18030, "meta", "gbk"),
                new Case("meta utf-16 means utf-8", html("<meta charset=\"utf-16\">"), null, StandardCharsets.UTF_8, "meta", "utf-16"),
                new Case("meta inside a comment is ignored", html("<!-- <meta charset=\"gbk\"> -->"), null,
                        StandardCharsets.UTF_8, "default", ""),
                new Case("meta beyond 4 KiB is ignored", html(" ".repeat(5000) + "<meta charset=\"gbk\">"), null,
                        StandardCharsets.UTF_8, "default", ""),
                new Case("unknown meta name is reported", html("<meta charset=\"x-unknown-cs\">"), "text/html",
                        StandardCharsets.UTF_8, "default", "x-unknown-cs"),
                // JSON
                new Case("json without charset is utf-8 even with gbk bytes", "{\"xm\":\"王伟\"}".getBytes(GBK),
                        "application/json", StandardCharsets.UTF_8, "default", ""),
                new Case("json with charset", "{}".getBytes(StandardCharsets.UTF_8), "application/json;charset=UTF-8",
                        StandardCharsets.UTF_8, "header", "UTF-8"),
                new Case("structured json suffix", "{}".getBytes(StandardCharsets.UTF_8), "application/ld+json",
                        StandardCharsets.UTF_8, "default", ""),
                // detection and default
                new Case("gbk bytes with no declaration", gbkStory, "text/html", GB18030, "detected", ""),
                new Case("utf-8 bytes with no declaration", STORY.getBytes(StandardCharsets.UTF_8), null,
                        StandardCharsets.UTF_8, "detected", ""),
                new Case("big5 bytes with no declaration", TRAD_STORY.getBytes(BIG5), "text/html", BIG5, "detected", ""),
                new Case("utf-8 cut in the middle of a character", Arrays.copyOf(STORY.getBytes(StandardCharsets.UTF_8), 60),
                        null, StandardCharsets.UTF_8, "detected", ""),
                new Case("ascii with no declaration", ascii, "text/html", StandardCharsets.UTF_8, "default", ""),
                new Case("too little text to detect", "喆".getBytes(GBK), null, StandardCharsets.UTF_8, "default", ""),
                new Case("empty body", new byte[0], null, StandardCharsets.UTF_8, "default", ""),
                new Case("null body", null, null, StandardCharsets.UTF_8, "default", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void choosesTheExpectedCharsetAndSource(Case c) {
        CharsetDecision decision = CharsetSniffer.sniff(c.body(), c.contentType());
        assertEquals(c.charset(), decision.charset(), "charset");
        assertEquals(c.source(), decision.source(), "source");
        assertEquals(c.declared(), decision.declared(), "declared");
    }

    @Test
    void gbkOnlyCharactersInAPageDeclaredGb2312DecodeCorrectly() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body>张喆 王堃 朱镕基 李昇</body></html>";
        assertEquals(page, CharsetSniffer.decode(page.getBytes(GBK), "text/html"));
    }

    @Test
    void undeclaredGbkStoryDecodesWithItsRareCharacters() {
        assertEquals(STORY, CharsetSniffer.decode(STORY.getBytes(GBK), null));
    }

    @Test
    void decodingDropsTheByteOrderMark() {
        assertEquals("好", CharsetSniffer.decode(bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "好"), null));
        assertEquals("好", CharsetSniffer.decode(
                withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, "好", StandardCharsets.UTF_16LE), null));
    }

    private static byte[] html(String head) {
        return ("<!DOCTYPE html><html><head>" + head + "<title>t</title></head><body>x</body></html>")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] bom(byte[] mark, String text) {
        return withBom(mark, text, StandardCharsets.UTF_8);
    }

    private static byte[] withBom(byte[] mark, String text, Charset charset) {
        byte[] payload = text.getBytes(charset);
        byte[] all = Arrays.copyOf(mark, mark.length + payload.length);
        System.arraycopy(payload, 0, all, mark.length, payload.length);
        return all;
    }
}
