package org.civcred.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layered settings: {@code civcred-defaults.properties} (every key, documented) → an optional
 * override file ({@code conf/civcred.properties} or {@code --conf}) → {@code -Dcivcred.key=value}.
 * An override of a key the defaults do not know is an error, so typos surface at start-up.
 * Typed getters name the file and key in their error messages.
 */
public final class Settings {

    private static final String DEFAULTS = "civcred-defaults.properties";
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KiB|MiB|GiB)?");

    private final Map<String, String> values;
    private final Map<String, String> sources;

    private Settings(Map<String, String> values, Map<String, String> sources) {
        this.values = Map.copyOf(values);
        this.sources = Map.copyOf(sources);
    }

    /** Defaults only. */
    public static Settings defaults() {
        return load(null, Map.of());
    }

    /**
     * Loads the layers.
     *
     * @param overrideFile a properties file, or null to use {@code conf/civcred.properties} if present
     * @param systemProps  usually {@link System#getProperties()} as a map; keys {@code civcred.*} apply
     */
    public static Settings load(Path overrideFile, Map<?, ?> systemProps) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        Properties defaults = new Properties();
        try (InputStream in = Settings.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw Errors.io("The defaults resource " + DEFAULTS + " is missing from the class path", null);
            }
            defaults.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw Errors.io("Cannot read " + DEFAULTS, e);
        }
        defaults.forEach((k, v) -> {
            values.put((String) k, ((String) v).trim());
            sources.put((String) k, DEFAULTS);
        });
        Path file = overrideFile != null ? overrideFile : Path.of("conf", "civcred.properties");
        if (Files.isRegularFile(file)) {
            Properties overrides = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                overrides.load(r);
            } catch (IOException e) {
                throw Errors.io("Cannot read settings file " + file, e);
            }
            overrides.forEach((k, v) -> put(values, sources, (String) k, (String) v, file.toString()));
        } else if (overrideFile != null) {
            throw Errors.usage("Settings file " + overrideFile + " does not exist", "Give an existing file to --conf");
        }
        systemProps.forEach((k, v) -> {
            String key = String.valueOf(k);
            if (key.startsWith("civcred.")) {
                put(values, sources, key.substring("civcred.".length()), String.valueOf(v), "-D" + key);
            }
        });
        return new Settings(values, sources);
    }

    private static void put(Map<String, String> values, Map<String, String> sources,
                            String key, String value, String source) {
        if (!values.containsKey(key)) {
            throw Errors.usage("Unknown setting '" + key + "' in " + source,
                    "Every setting is listed in " + DEFAULTS + "; check the spelling");
        }
        values.put(key, value.trim());
        sources.put(key, source);
    }

    /** A copy with one value replaced (used by command-line flags such as --delay). */
    public Settings with(String key, String value, String source) {
        Map<String, String> v = new HashMap<>(values);
        Map<String, String> s = new HashMap<>(sources);
        put(v, s, key, value, source);
        return new Settings(v, s);
    }

    public String string(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("No setting '" + key + "' in " + DEFAULTS);
        }
        return v;
    }

    public int integer(String key) {
        String v = string(key);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw Errors.badSetting(sources.get(key), key, v, "a whole number");
        }
    }

    public Duration duration(String key) {
        String v = string(key);
        Duration d = parseDuration(v);
        if (d == null) {
            throw Errors.badSetting(sources.get(key), key, v, "a duration such as 500ms, 3s, 10m or 24h");
        }
        return d;
    }

    /** Parses {@code 500ms}, {@code 3s}, {@code 1.5m}, {@code 24h}, {@code 2d} (no unit = seconds); null if malformed. */
    public static Duration parseDuration(String text) {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double ms = switch (unit) {
            case "ms" -> n;
            case "s" -> n * 1_000;
            case "m" -> n * 60_000;
            case "h" -> n * 3_600_000;
            default -> n * 86_400_000;
        };
        return Duration.ofMillis(Math.round(ms));
    }

    public long bytes(String key) {
        String v = string(key);
        Matcher m = SIZE.matcher(v);
        if (!m.matches()) {
            throw Errors.badSetting(sources.get(key), key, v, "a size such as 512KiB, 8MiB or 1GiB");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2);
        return switch (unit) {
            case "KiB" -> n << 10;
            case "MiB" -> n << 20;
            case "GiB" -> n << 30;
            default -> n;
        };
    }

    /** Where a key's value came from (defaults resource, a file, or -D). */
    public String source(String key) {
        return sources.get(key);
    }
}
