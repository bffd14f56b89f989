package org.civcred.mirror;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civcred.mirror.content.Pools;
import org.civcred.mirror.scenario.Scenario;
import org.civcred.mirror.site.Generated;
import org.civcred.mirror.site.Generator;
import org.civcred.mirror.site.SitePage;
import org.civcred.mirror.truth.TruthAssembler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offline mirror's content: a generated, deterministic snapshot of the ten hosts of the
 * mirror↔profile contract, with planted overlaps and the ground truth describing them.
 *
 * <p>{@link #standard()} is built once per JVM from {@code mirror/scenario.yaml},
 * {@code mirror/pools.yaml} and a fixed seed; two builds give identical bytes. {@link #respond}
 * answers like the real hosts (routing, order-insensitive query and form matching, robots.txt,
 * challenges, conditional GET, gzip) and never touches the network.
 */
public final class MirrorSnapshot {

    private static final Logger LOG = LoggerFactory.getLogger(MirrorSnapshot.class);
    private static final String VERSION = "2026.11";
    private static final long SEED = 20261122L;

    private final List<SitePage> pages;
    private final GroundTruth groundTruth;
    private final byte[] groundTruthJson;
    private final Responder responder;

    private MirrorSnapshot(List<SitePage> pages, GroundTruth groundTruth) {
        this.pages = pages;
        this.groundTruth = groundTruth;
        ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT);
        try {
            this.groundTruthJson = json.writeValueAsBytes(groundTruth);
            Map<String, Object> control = new LinkedHashMap<>();
            control.put("civcred-mirror", VERSION);
            control.put("hosts", groundTruth.hosts());
            this.responder = new Responder(pages, new ObjectMapper().writeValueAsBytes(control), groundTruthJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the mirror's ground truth", e);
        }
    }

    /** The standard snapshot, built on first use and shared (it is immutable). */
    public static MirrorSnapshot standard() {
        return Standard.INSTANCE;
    }

    /** Builds a snapshot from the shipped scenario and pools with the given seed (tests compare two builds). */
    static MirrorSnapshot build(long seed) {
        long start = System.nanoTime();
        Scenario scenario = Scenario.standard();
        Pools pools = Pools.standard();
        Generated generated = Generator.generate(scenario, pools, seed);
        GroundTruth truth = TruthAssembler.assemble(VERSION, scenario, generated);
        MirrorSnapshot snapshot = new MirrorSnapshot(generated.pages(), truth);
        LOG.info("Mirror snapshot {}: {} resources, {} expected captures, {} persons, {} distractors in {} ms", VERSION,
                generated.pages().size(), truth.crawl().expectedCaptures().size(), truth.persons().size(),
                truth.distractors().size(), (System.nanoTime() - start) / 1_000_000);
        return snapshot;
    }

    public String version() {
        return VERSION;
    }

    public List<String> hosts() {
        return groundTruth.hosts();
    }

    /** Answers a request; empty when the host is not one the mirror serves (the server says 502). */
    public Optional<MirrorResponse> respond(MirrorRequest request) {
        return responder.respond(request);
    }

    /** The snapshot's request handler, for servers and the layers that wrap them. */
    public MirrorHandler handler() {
        return responder;
    }

    /** Every servable response: pages, API pages, robots.txt, challenge answers, captcha images. */
    public List<MirrorResource> resources() {
        List<MirrorResource> out = new ArrayList<>(pages.size());
        for (SitePage p : pages) {
            String url = p.request().url();
            String target = url.substring(url.indexOf('/', "http://".length()));
            out.add(new MirrorResource(p.host().name(), p.request().method(), target, p.request().formBody(), p.status(),
                    p.contentType(), p.body()));
        }
        return out;
    }

    /** Request key → the request keys the page links to, as the generator declared them (fault checks). */
    public Map<String, List<String>> linkGraph() {
        Map<String, List<String>> graph = new LinkedHashMap<>();
        for (SitePage p : pages) {
            graph.put(p.request().key(), p.links().stream().map(org.civcred.model.CrawlRequest::key).toList());
        }
        return graph;
    }

    public GroundTruth groundTruth() {
        return groundTruth;
    }

    public byte[] groundTruthJson() {
        return groundTruthJson.clone();
    }

    /**
     * Writes every resource to {@code <dir>/<host>/<path>} (query or form appended to the file name,
     * made file-safe), a {@code resources.tsv} manifest and {@code ground-truth.json}.
     */
    public void exportTo(Path dir) throws IOException {
        StringBuilder manifest = new StringBuilder("method\turl\tform\tstatus\tcontent_type\tfile\n");
        for (MirrorResource r : resources()) {
            String relative = SnapshotFiles.fileName(r);
            Path file = dir.resolve(r.host()).resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, r.body());
            manifest.append(r.method()).append('\t').append(r.url()).append('\t').append(r.formBody()).append('\t')
                    .append(r.status()).append('\t').append(r.contentType()).append('\t').append(r.host()).append('/')
                    .append(relative).append('\n');
        }
        Files.write(dir.resolve("resources.tsv"), manifest.toString().getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("ground-truth.json"), groundTruthJson);
    }

    private static final class Standard {
        static final MirrorSnapshot INSTANCE = build(SEED);
    }
}
