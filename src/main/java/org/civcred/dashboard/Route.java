package org.civcred.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import org.civcred.config.CivcredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A handler for GET and HEAD only, that turns failures into answers: a civcred error (bad filter,
 * missing table) into its one-line message, anything else into a 500 with the cause logged once.
 */
abstract class Route implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Route.class);

    @Override
    public final void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                Responses.error(exchange, 405, "Only GET and HEAD are served here.");
                return;
            }
            serve(exchange);
        } catch (CivcredException e) {
            Responses.error(exchange, e.exitCode() == 2 ? 400 : 500, e.getMessage());
        } catch (RuntimeException | IOException e) {
            LOG.warn("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            Responses.error(exchange, 500, "Reading the data failed: " + e.getMessage()
                    + ". See the dashboard's log for details.");
        }
    }

    abstract void serve(HttpExchange exchange) throws IOException;
}
