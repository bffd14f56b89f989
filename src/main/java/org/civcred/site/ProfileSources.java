package org.civcred.site;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.civcred.config.Errors;

/**
 * Finds the configuration files: {@code families.yaml} and {@code sites/*.yaml} under a crawler
 * directory, or the same names under {@code crawler/} on the class path (a directory in
 * development, the jar when packaged — a jar cannot be listed through the class loader, so its
 * entries are enumerated).
 */
final class ProfileSources {

    /** One configuration file: the name used in messages and its bytes. */
    record Source(String name, byte[] bytes) {

        /** The file name without directory and {@code .yaml}. */
        String baseName() {
            String n = name.substring(name.lastIndexOf('/') + 1);
            return n.endsWith(".yaml") ? n.substring(0, n.length() - 5) : n;
        }
    }

    /** Everything a registry is built from, and where it came from. */
    record Sources(String origin, Optional<Source> families, List<Source> profiles) {
    }

    private ProfileSources() {
    }

    static Sources fromDirectory(Path crawlerDir) {
        Path sites = crawlerDir.resolve("sites");
        if (!Files.isDirectory(sites)) {
            throw Errors.usage("No site profiles: " + sites + " is not a directory",
                    "Point CIVCRED_HOME at a civcred installation, or run from the project directory");
        }
        List<Source> profiles = new ArrayList<>();
        try (Stream<Path> files = Files.list(sites)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted(Comparator.comparing(Path::toString)).toList()) {
                profiles.add(new Source(f.toString(), Files.readAllBytes(f)));
            }
            Path families = crawlerDir.resolve("families.yaml");
            Optional<Source> fam = Files.isRegularFile(families)
                    ? Optional.of(new Source(families.toString(), Files.readAllBytes(families))) : Optional.empty();
            return new Sources(crawlerDir.toString(), fam, profiles);
        } catch (IOException e) {
            throw Errors.io("Cannot read the site profiles in " + crawlerDir, e);
        }
    }

    static Sources fromClasspath(ClassLoader loader) {
        URL marker = loader.getResource("crawler/families.yaml");
        if (marker == null) {
            throw Errors.usage("No site profiles on the class path (crawler/families.yaml is missing)",
                    "Rebuild the jar with 'mvn package', or set CIVCRED_HOME");
        }
        try {
            if (marker.getProtocol().equals("file")) {
                return fromDirectory(Path.of(marker.toURI()).getParent());
            }
            URLConnection connection = marker.openConnection();
            if (connection instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    return fromJar(file, jar.getJarFileURL().toString());
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw Errors.io("Cannot read the site profiles from " + marker, e);
        }
        throw Errors.usage("Site profiles at " + marker + " are neither in a directory nor in a jar",
                "Set CIVCRED_HOME to a directory holding crawler/");
    }

    private static Sources fromJar(JarFile jar, String origin) throws IOException {
        List<Source> profiles = new ArrayList<>();
        Optional<Source> families = Optional.empty();
        List<JarEntry> entries = new ArrayList<>();
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            entries.add(e.nextElement());
        }
        entries.sort(Comparator.comparing(JarEntry::getName));
        for (JarEntry entry : entries) {
            String name = entry.getName();
            boolean profile = name.startsWith("crawler/sites/") && name.endsWith(".yaml")
                    && name.indexOf('/', "crawler/sites/".length()) < 0;
            if (profile || name.equals("crawler/families.yaml")) {
                try (InputStream in = jar.getInputStream(entry)) {
                    Source source = new Source(name, in.readAllBytes());
                    if (profile) {
                        profiles.add(source);
                    } else {
                        families = Optional.of(source);
                    }
                }
            }
        }
        return new Sources(origin + "!/crawler", families, profiles);
    }
}
