package org.civcred.synth;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.civcred.mirror.site.SitePage;
import org.civcred.model.CrawlRequest;
import org.civcred.storage.RecordGroupEncoder;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes pages as the crawler archives them (request, response, civcred metadata record; one gzip
 * member per record), rolling to a new {@code synth-NNNNN.warc.gz} every {@code filePages} pages.
 * Record ids and dates come from the seed and the page number, so the same corpus gives the same bytes.
 */
final class SynthWarcWriter implements AutoCloseable {

    private static final String USER_AGENT = "civcred/synth (+https://github.com/civcred/civcred)";
    private static final Instant EPOCH = Instant.parse("2021-06-01T00:00:00Z");

    private final Path dir;
    private final int filePages;
    private final String crawlId;
    private final SplittableRandom ids;
    private final List<Path> files = new ArrayList<>();
    private FileChannel channel;
    private WarcWriter writer;
    private long pagesInFile;
    private long pages;
    private long bytesClosed;

    SynthWarcWriter(Path dir, int filePages, long seed) {
        this.dir = dir;
        this.filePages = filePages;
        this.crawlId = "synth-" + Long.toUnsignedString(seed, 36);
        this.ids = new SplittableRandom(seed ^ 0x5EEDL);
    }

    void write(SitePage page) throws IOException {
        if (writer == null || pagesInFile >= filePages) {
            roll();
        }
        Instant date = EPOCH.plusSeconds(pages);
        CrawlRequest request = page.request();
        URI responseId = nextId();
        byte[] requestBlock = requestBlock(request);
        writer.write(new WarcRequest.Builder(request.url()).version(MessageVersion.WARC_1_1).recordId(nextId())
                .date(date).concurrentTo(responseId).body(MediaType.HTTP_REQUEST, requestBlock).build());
        byte[] head = responseHead(page);
        byte[] block = new byte[head.length + page.body().length];
        System.arraycopy(head, 0, block, 0, head.length);
        System.arraycopy(page.body(), 0, block, head.length, page.body().length);
        writer.write(new WarcResponse.Builder(request.url()).version(MessageVersion.WARC_1_1).recordId(responseId)
                .date(date).blockDigest(RecordGroupEncoder.sha1(block, 0, block.length))
                .payloadDigest(RecordGroupEncoder.sha1(block, head.length, page.body().length))
                .body(MediaType.HTTP_RESPONSE, block).build());
        writer.write(new WarcMetadata.Builder().version(MessageVersion.WARC_1_1).recordId(nextId()).date(date)
                .targetURI(request.url()).concurrentTo(responseId)
                .body(MediaType.WARC_FIELDS, fields(page, date)).build());
        pagesInFile++;
        pages++;
    }

    long pages() {
        return pages;
    }

    List<Path> files() {
        return List.copyOf(files);
    }

    long bytes() throws IOException {
        return bytesClosed + (channel == null ? 0 : channel.position());
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            bytesClosed += channel.position();
            writer.close();
            channel.close();
            writer = null;
            channel = null;
        }
    }

    private void roll() throws IOException {
        close();
        Path file = dir.resolve(String.format("synth-%05d.warc.gz", files.size()));
        channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        writer = new WarcWriter(channel, WarcCompression.GZIP);
        files.add(file);
        pagesInFile = 0;
    }

    private URI nextId() {
        return URI.create("urn:uuid:" + new UUID((ids.nextLong() & ~0xF000L) | 0x4000L,
                (ids.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L));
    }

    private static byte[] requestBlock(CrawlRequest request) {
        URI uri = URI.create(request.url());
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        StringBuilder head = new StringBuilder(request.method()).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append("\r\n")
                .append("User-Agent: ").append(USER_AGENT).append("\r\n")
                .append("Accept: text/html,application/json;q=0.9,*/*;q=0.8\r\n");
        byte[] form = request.formBody() == null ? new byte[0] : request.formBody().getBytes(StandardCharsets.UTF_8);
        if (request.isPost()) {
            head.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(form.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
        if (!request.isPost()) {
            return h;
        }
        byte[] all = new byte[h.length + form.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(form, 0, all, h.length, form.length);
        return all;
    }

    private static byte[] responseHead(SitePage page) {
        String head = "HTTP/1.1 " + page.status() + " OK\r\nServer: " + page.host().server() + "\r\nContent-Type: "
                + page.contentType() + "\r\nContent-Length: " + page.body().length + "\r\n\r\n";
        return head.getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] fields(SitePage page, Instant date) {
        String text = "civcred-crawl-id: " + crawlId + "\r\n"
                + "civcred-request-key: " + page.request().key() + "\r\n"
                + "civcred-outcome: ok\r\n"
                + "civcred-final: true\r\n"
                + "civcred-detail: \r\n"
                + "civcred-attempt: 1\r\n"
                + "civcred-depth: 1\r\n"
                + "civcred-site: " + page.host().profile() + "\r\n"
                + "civcred-family: " + page.host().family().id() + "\r\n"
                + "civcred-fetch-time: " + date + "\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
