package org.civcred.crawl;

import java.util.Locale;
import org.civcred.config.Errors;

/** The {@code --proxy host:port}, parsed once. */
record ProxyAddress(String host, int port) {

    static ProxyAddress parse(String text) {
        String t = text.trim();
        int colon = t.lastIndexOf(':');
        if (colon <= 0 || colon == t.length() - 1) {
            throw Errors.usage("The proxy '" + text + "' is not host:port", "Give it as --proxy 127.0.0.1:8080");
        }
        String host = t.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            int port = Integer.parseInt(t.substring(colon + 1));
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return new ProxyAddress(host.toLowerCase(Locale.ROOT), port);
        } catch (NumberFormatException e) {
            throw Errors.usage("The proxy port in '" + text + "' is not a port number", "Give it as --proxy 127.0.0.1:8080");
        }
    }

    String authority() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
