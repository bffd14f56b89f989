package org.civcred.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes and reads the {@code target/reliability/<part>.json} figure files. */
final class ReliabilityJson {

    /** Where the figure files go unless {@code -Dcivcred.reliability.dir} says otherwise. */
    static final String DIR_PROPERTY = "civcred.reliability.dir";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReliabilityJson() {
    }

    static Path dir() {
        return Path.of(System.getProperty(DIR_PROPERTY, "target/reliability"));
    }

    static Path write(Path dir, String part, Map<String, Object> figures) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(part + ".json");
        JSON.writeValue(file.toFile(), figures);
        return file;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Map.class);
    }
}
