package org.civcred.site;

import com.ibm.icu.text.SpoofChecker;
import java.net.IDN;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Host-name tests shared by the crawler's guard and ingest: addresses that must not be contacted
 * or published (private, loopback, link-local), IP addresses written in obscure forms, user info
 * that makes a URL read as another host, and internationalised names made to look like a known
 * host. Pure and without DNS: only literals are turned into addresses.
 */
public final class HostChecks {

    private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    /** Labels of digits or 0x-hex only: 2130706433, 0x7f000001, 0177.0.0.1, 127.1. */
    private static final Pattern NUMERIC = Pattern.compile("(?i)(0x[0-9a-f]*|\\d+)(\\.(0x[0-9a-f]*|\\d+)){0,3}\\.?");
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

    private HostChecks() {
    }

    /** Whether the host is an IP literal (dotted quad or bracketed/bare IPv6). */
    public static boolean isLiteral(String host) {
        return DOTTED_QUAD.matcher(host).matches() || host.contains(":") || host.startsWith("[");
    }

    /**
     * Whether the host is a number that is not a plain dotted quad (decimal {@code 2130706433}, hex
     * {@code 0x7f.1}, octal {@code 0177.0.0.1}, short {@code 127.1}): resolvers and browsers read these
     * as addresses, and they serve only to hide which address is meant.
     */
    public static boolean isObscuredAddress(String host) {
        return !DOTTED_QUAD.matcher(host).matches() && NUMERIC.matcher(host).matches();
    }

    /** The literal's address when it is private, loopback, link-local or otherwise internal; empty otherwise. */
    public static Optional<InetAddress> internalLiteral(String host) {
        if (!isLiteral(host)) {
            return Optional.empty();
        }
        try {
            InetAddress address = InetAddress.getByName(host.replace("[", "").replace("]", ""));
            return isInternal(address) ? Optional.of(address) : Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Loopback, link-local, site-local, unique-local, shared (100.64/10), 0/8, wildcard and multicast. */
    public static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc;                       // fc00::/7 unique local
        }
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64      // 100.64.0.0/10 shared address space
                || (b[0] & 0xff) == 0;
    }

    /** The user-info part of a URL ({@code www.creditchina.gov.cn} in {@code http://www.creditchina.gov.cn@evil.example/}), if any. */
    public static Optional<String> userInfo(String url) {
        try {
            return Optional.ofNullable(new URI(url.strip()).getRawUserInfo());
        } catch (URISyntaxException e) {
            int scheme = url.indexOf("://");
            int end = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
            String authority = scheme < 0 ? "" : url.substring(scheme + 3, end < 0 ? url.length() : end);
            int at = authority.lastIndexOf('@');
            return at < 0 ? Optional.empty() : Optional.of(authority.substring(0, at));
        }
    }

    /**
     * The known host an internationalised name imitates: {@code www.сreditchina.gov.cn} (Cyrillic с)
     * or its punycode {@code www.xn--reditchina-…} → {@code www.creditchina.gov.cn} when {@code known}
     * accepts that. Each non-ASCII character is replaced by its confusable skeleton (Unicode TR 39),
     * ASCII is kept as it is. Empty for plain ASCII names and for names that imitate nothing known.
     */
    public static Optional<String> lookalikeOf(String host, Predicate<String> known) {
        String unicode;
        try {
            unicode = IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            unicode = host.toLowerCase(Locale.ROOT);
        }
        if (unicode.chars().allMatch(c -> c < 0x80)) {
            return Optional.empty();
        }
        StringBuilder folded = new StringBuilder(unicode.length());
        unicode.codePoints().forEach(cp -> folded.append(cp < 0x80 ? Character.toString(cp)
                : SPOOF.getSkeleton(Character.toString(cp)).toLowerCase(Locale.ROOT)));
        String ascii = folded.toString();
        return ascii.chars().allMatch(c -> c < 0x80) && known.test(ascii) ? Optional.of(ascii) : Optional.empty();
    }

    /**
     * The host of an absolute URL as written (lower case, without user info, port or brackets),
     * also for names java.net.URI refuses (non-ASCII ones); empty when there is none.
     */
    public static String hostOf(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return "";
        }
        int end = scheme + 3;
        while (end < url.length() && "/?#\\".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(scheme + 3, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            return close < 0 ? authority : authority.substring(1, close).toLowerCase(Locale.ROOT);
        }
        int colon = authority.lastIndexOf(':');
        return (colon < 0 ? authority : authority.substring(0, colon)).toLowerCase(Locale.ROOT);
    }
}
