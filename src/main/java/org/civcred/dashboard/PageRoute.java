package org.civcred.dashboard;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The page itself: {@code /} and its script and style sheet, from the {@code dashboard/} resources. */
final class PageRoute extends Route {

    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/app.js", "app.js",
            "/charts.js", "charts.js",
            "/style.css", "style.css");

    @Override
    void serve(HttpExchange exchange) throws IOException {
        String file = FILES.get(exchange.getRequestURI().getPath());
        if (file == null) {
            Responses.error(exchange, 404, "Not found. The dashboard is at /.");
            return;
        }
        try (InputStream in = PageRoute.class.getClassLoader().getResourceAsStream("dashboard/" + file)) {
            if (in == null) {
                throw new IOException("resource dashboard/" + file + " is missing from the jar");
            }
            Responses.send(exchange, 200, contentType(file), in.readAllBytes());
        }
    }

    private static String contentType(String file) {
        if (file.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return file.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
    }
}
