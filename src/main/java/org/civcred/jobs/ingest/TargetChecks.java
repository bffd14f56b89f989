package org.civcred.jobs.ingest;

import java.net.InetAddress;
import java.util.Optional;
import org.civcred.site.HostChecks;

/**
 * Target URIs a capture may not carry into the tables, whatever archive it comes from:
 * <ul>
 *   <li>{@code target-has-userinfo} — {@code http://www.creditchina.gov.cn@evil.example/} reads as one
 *       host and is another;</li>
 *   <li>{@code obscured-ip-target} — an address written as one number, in hex or octal;</li>
 *   <li>{@code internal-target} — a private, loopback or link-local address: not a public site, so
 *       an internal network's pages (or a forged record) must not reach published tables; setting
 *       {@code ingest.allow-internal-targets} admits them for archives of a test network;</li>
 *   <li>{@code lookalike-host} — an internationalised name imitating a known site's host.</li>
 * </ul>
 */
final class TargetChecks {

    private final boolean allowInternal;
    private final CaptureAssembler.SiteLookup sites;

    TargetChecks(boolean allowInternal, CaptureAssembler.SiteLookup sites) {
        this.allowInternal = allowInternal;
        this.sites = sites;
    }

    void check(String url) throws RecordProblem {
        Optional<String> userInfo = HostChecks.userInfo(url);
        String host = HostChecks.hostOf(url);
        if (userInfo.isPresent()) {
            throw new RecordProblem("target-has-userinfo", "target URI puts '" + abbreviate(userInfo.get())
                    + "@' before its real host " + host + ", a disguise; the record is not trusted (check the archive's source)");
        }
        if (HostChecks.isObscuredAddress(host)) {
            throw new RecordProblem("obscured-ip-target", "target host " + host
                    + " is an IP address written as a number, in hex or octal, which only hides where it points;"
                    + " the record is not trusted (check the archive's source)");
        }
        Optional<InetAddress> internal = HostChecks.internalLiteral(host);
        if (internal.isPresent() && !allowInternal) {
            throw new RecordProblem("internal-target", "target " + host + " is a private, loopback or link-local"
                    + " address, not a public site; set ingest.allow-internal-targets=true only for archives of a test network");
        }
        Optional<String> imitated = HostChecks.lookalikeOf(host, h -> sites.site("http://" + h + "/").isPresent()
                || sites.family("http://" + h + "/").isPresent());
        if (imitated.isPresent()) {
            throw new RecordProblem("lookalike-host", "target host " + host + " imitates " + imitated.get()
                    + " with look-alike characters; it is not that site and its pages are not ingested");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
