package org.civcred.dashboard;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** {@code GET /api/dashboard?province=&month=&category=}: every panel for those filters, as JSON. */
final class ApiRoute extends Route {

    private final GoldTables gold;
    private final RegionLabels labels;
    private final CaptureUrls captureUrls;
    private final String dataDir;

    ApiRoute(GoldTables gold, RegionLabels labels, CaptureUrls captureUrls, String dataDir) {
        this.gold = gold;
        this.labels = labels;
        this.captureUrls = captureUrls;
        this.dataDir = dataDir;
    }

    @Override
    void serve(HttpExchange exchange) throws IOException {
        if (!"/api/dashboard".equals(exchange.getRequestURI().getPath())) {
            Responses.error(exchange, 404, "No such API; the page uses /api/dashboard.");
            return;
        }
        Filters filters = Filters.parse(exchange.getRequestURI().getRawQuery());
        Responses.json(exchange, 200, DashboardModel.build(gold.all(), filters, labels, captureUrls, dataDir));
    }
}
