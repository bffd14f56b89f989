package org.civcred.privacy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civcred.jobs.ingest.CivcredWarcs;
import org.civcred.mirror.MirrorResource;
import org.civcred.mirror.MirrorSnapshot;
import org.civcred.text.IdNumbers;

/**
 * Mirror pages re-archived as if their sites had leaked: every masked identity number on them
 * replaced by a whole one (made here, with a valid check character, so none is ever committed) and
 * a mobile number added to article text. Remembers the masked forms the pipeline should produce, so
 * a test can tell the pages went through and were masked rather than dropped.
 */
final class LeakyPages {

    /** Credit China's 4+10+4 mask, and the looser 6+4 visible (birth year) form of a county site. */
    private static final Pattern CREDIT_MASK = Pattern.compile("(\\d{4})\\*{10}(\\d{3})[\\dX]");
    private static final Pattern COUNTY_MASK = Pattern.compile("(\\d{6})(\\d{4})\\*{6}(\\d{2})");
    private static final Pattern SENTENCE_END = Pattern.compile("(<p[^>]*>[^<]{8,}?)。");

    private final Random random = new Random(6);
    private final List<String> maskedIds = new ArrayList<>();
    private final List<String> maskedMobiles = new ArrayList<>();
    private int pages;

    /** Archives the leaky copies under {@code <data>/raw/leaky/}: up to {@code each} pages of each kind. */
    void archive(Path data, int each) throws IOException {
        int withIds = 0;
        int withMobiles = 0;
        try (CivcredWarcs warcs = new CivcredWarcs(data.resolve("raw").resolve("leaky"), "leaky")) {
            for (MirrorResource r : MirrorSnapshot.standard().resources()) {
                if (r.status() != 200 || r.contentType() == null) {
                    continue;
                }
                Charset charset = charset(r.contentType());
                String body = new String(r.body(), charset);
                String leaky = body;
                if (withIds < each && (CREDIT_MASK.matcher(body).find() || COUNTY_MASK.matcher(body).find())) {
                    leaky = wholeIds(body);
                    withIds++;
                } else if (withMobiles < each && r.contentType().startsWith("text/html")
                        && SENTENCE_END.matcher(body).find()) {
                    leaky = withMobile(body);
                    withMobiles++;
                }
                if (!leaky.equals(body)) {
                    warcs.page(r.request(), r.contentType(), leaky.getBytes(charset), Instant.now(), null, null);
                    pages++;
                }
                if (withIds >= each && withMobiles >= each) {
                    break;
                }
            }
        }
    }

    List<String> maskedIds() {
        return maskedIds;
    }

    List<String> maskedMobiles() {
        return maskedMobiles;
    }

    int pages() {
        return pages;
    }

    private String wholeIds(String body) {
        String out = CREDIT_MASK.matcher(body).replaceAll(m -> whole(m.group(1) + "01", 1960 + random.nextInt(40),
                m.group(2)));
        return COUNTY_MASK.matcher(out).replaceAll(m -> whole(m.group(1), Integer.parseInt(m.group(2)),
                "0" + m.group(3)));
    }

    private String whole(String region, int year, String sequence) {
        String body17 = region + year + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
                + sequence;
        String id = body17 + checkChar(body17);
        maskedIds.add(IdNumbers.mask(id));
        return id;
    }

    private String withMobile(String body) {
        Matcher m = SENTENCE_END.matcher(body);
        m.find();
        String mobile = "13" + (8 + random.nextInt(2)) + String.format("%08d", random.nextInt(100_000_000));
        maskedMobiles.add(mobile.substring(0, 3) + "****" + mobile.substring(7));
        return body.substring(0, m.end(1)) + "，联系电话" + mobile + body.substring(m.end(1));
    }

    /** ISO 7064 MOD 11-2, as GB 11643 defines it. */
    static char checkChar(String body17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    private static Charset charset(String contentType) {
        Matcher m = Pattern.compile("charset=([\\w-]+)", Pattern.CASE_INSENSITIVE).matcher(contentType);
        return m.find() ? Charset.forName(m.group(1)) : StandardCharsets.UTF_8;
    }
}
