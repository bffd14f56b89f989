package org.civcred.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** What a synthetic corpus's synth.json says about it; only the page count is needed here. */
final class SynthManifest {

    private SynthManifest() {
    }

    /** The {@code pages} figure of synth.json, or empty when the file or the figure is absent. */
    static OptionalLong pages(Path manifest) {
        if (!Files.exists(manifest)) {
            return OptionalLong.empty();
        }
        try {
            JsonNode pages = new ObjectMapper().readTree(manifest.toFile()).path("pages");
            return pages.canConvertToLong() ? OptionalLong.of(pages.asLong()) : OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + manifest, e);
        }
    }
}
