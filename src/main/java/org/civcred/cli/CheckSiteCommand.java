package org.civcred.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.civcred.config.Errors;
import org.civcred.crawl.PageProbe;
import org.civcred.crawl.ProfileCrawlRules;
import org.civcred.model.CrawlRequest;
import org.civcred.site.Extraction;
import org.civcred.site.ExtractionJson;
import org.civcred.site.Page;
import org.civcred.site.SiteProfile;
import org.civcred.site.SiteRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Prints, as JSON, what a site profile extracts from one page: links, page fields and records.
 * A URL is fetched once under the crawler's rules (allowlist, robots.txt, defence detection);
 * a FILE is read from disk, with {@code --url} telling where it came from.
 */
@Command(name = "check-site", mixinStandardHelpOptions = true,
        description = {"Print what a site profile extracts from one page (URL or saved FILE) as JSON.",
            "Example: bin/civcred check-site wenming http://www.wenming.cn/sbhr_pd/zghrb/index.shtml --proxy 127.0.0.1:18080"})
final class CheckSiteCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "SITE", description = "Profile id (see crawler/sites/).")
    String site;

    @Parameters(index = "1", paramLabel = "URL|FILE", description = "An http(s) URL to fetch, or a saved page.")
    String target;

    @Option(names = "--url", paramLabel = "URL",
            description = "For a FILE: the URL it was saved from (default: read from a mirror export path <host>/<path>).")
    String url;

    @Option(names = "--method", defaultValue = "GET", description = "GET or POST (for form list pages). Default: ${DEFAULT-VALUE}")
    String method;

    @Option(names = "--form", paramLabel = "BODY", description = "Form body for --method POST, e.g. pageNo=1&messageid=…")
    String form;

    @Option(names = "--content-type", paramLabel = "TYPE", description = "For a FILE: its Content-Type (default: by extension).")
    String contentType;

    @Option(names = "--proxy", paramLabel = "HOST:PORT", description = "Fetch through this proxy (e.g. the offline mirror).")
    String proxy;

    @Option(names = "--cookies", paramLabel = "FILE", description = "Netscape cookies.txt to send with the fetch.")
    Path cookies;

    @Override
    public Integer call() throws IOException {
        SiteRegistry registry = SiteRegistry.loadDefault();
        SiteProfile profile = registry.byId(site).orElseThrow(() -> Errors.usage("No site profile '" + site + "'",
                "Known profiles: " + registry.profiles().stream().map(SiteProfile::id).toList()));
        boolean isUrl = target.startsWith("http://") || target.startsWith("https://");
        String pageUrl = isUrl ? target : (url != null ? url : urlFromExportPath(Path.of(target)));
        CrawlRequest request = "POST".equalsIgnoreCase(method)
                ? CrawlRequest.post(pageUrl, form == null ? "" : form) : CrawlRequest.get(pageUrl);
        String host = URI.create(pageUrl).getHost();
        if (host == null || !profile.coversHost(host)) {
            throw Errors.usage("Profile '" + site + "' does not cover the host of " + pageUrl,
                    "Its hosts are " + profile.hosts() + "; pick the profile for this host");
        }
        Page page;
        if (isUrl) {
            PageProbe.Probe probe = PageProbe.fetch(request, new ProfileCrawlRules(registry), common.settings(),
                    proxy, cookies, Clock.systemUTC());
            System.err.println("fetch: HTTP " + probe.status() + ", " + probe.verdict());
            if (probe.page() == null) {
                return 3;
            }
            page = probe.page();
        } else {
            Path file = Path.of(target);
            if (!Files.isRegularFile(file)) {
                throw Errors.usage("No such file: " + target, "Give a saved page or an http(s) URL");
            }
            page = Page.of(request, 200, contentType != null ? contentType : guessType(file), Files.readAllBytes(file));
        }
        Extraction extraction = profile.extract(page);
        System.out.println(ExtractionJson.toJson(extraction));
        System.err.printf("%s: page type %s, charset %s, %d links, %d fields, %d records, %d warnings%n",
                profile.id(), extraction.pageType(), page.charset().name(), extraction.links().size(),
                extraction.fields().size(), extraction.records().size(), extraction.warnings().size());
        return 0;
    }

    /** {@code …/www.wenming.cn/sbhr_pd/x.shtml} (the layout of {@code mirror --export}) → its URL. */
    private static String urlFromExportPath(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        for (int i = 0; i < abs.getNameCount() - 1; i++) {
            String part = abs.getName(i).toString();
            if (part.contains(".") && part.matches("[a-z0-9.-]+\\.(cn|com|org|net)")) {
                return "http://" + part + "/" + abs.subpath(i + 1, abs.getNameCount()).toString().replace('\\', '/');
            }
        }
        throw Errors.usage("Cannot tell which URL " + file + " was saved from", "Add --url http://host/path");
    }

    private static String guessType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? "application/json" : "text/html";
    }
}
