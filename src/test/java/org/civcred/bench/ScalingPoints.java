package org.civcred.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The e2e results in a directory, one point per corpus size (the latest result of each size):
 * pages, pipeline wall minutes and seconds per 1,000 pages.
 */
final class ScalingPoints {

    /** One corpus size's figures. */
    record Point(long pages, double wallMinutes, double secondsPer1000Pages, String started, Path file) {
    }

    private ScalingPoints() {
    }

    static List<Point> read(Path jsonDir) {
        if (!Files.isDirectory(jsonDir)) {
            return List.of();
        }
        ObjectMapper json = new ObjectMapper();
        Map<Long, Point> latest = new TreeMap<>();
        try (Stream<Path> files = Files.list(jsonDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches(EndToEndReport.NAME + "-\\d.*\\.json")).sorted().toList()) {
                JsonNode root = json.readTree(f.toFile());
                Point p = new Point(root.path("parameters").path("pages").asLong(),
                        root.path("figures").path("pipeline_wall_minutes").asDouble(),
                        root.path("figures").path("seconds_per_1000_pages").asDouble(), root.path("started").asText(), f);
                if (p.pages() > 0) {
                    latest.merge(p.pages(), p, (a, b) -> a.started().compareTo(b.started()) >= 0 ? a : b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the e2e results in " + jsonDir, e);
        }
        return new ArrayList<>(latest.values());
    }

    /**
     * The size the largest is compared with: the largest size at most a tenth of it (100k for 1M, as
     * the goal reads), else the smallest; empty with fewer than two sizes.
     */
    static Optional<Point> base(List<Point> points) {
        if (points.size() < 2) {
            return Optional.empty();
        }
        long largest = points.get(points.size() - 1).pages();
        Point base = points.get(0);
        for (Point p : points) {
            if (p.pages() * 10 <= largest) {
                base = p;
            }
        }
        return Optional.of(base);
    }

    /** Cost per page at the largest size ÷ at its {@link #base}; empty with fewer than two sizes. */
    static OptionalDouble flatness(List<Point> points) {
        Optional<Point> base = base(points);
        if (base.isEmpty() || base.get().secondsPer1000Pages() <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(points.get(points.size() - 1).secondsPer1000Pages() / base.get().secondsPer1000Pages());
    }
}
