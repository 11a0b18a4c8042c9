package dev.artificer.system.algotrader.grafana;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A JDK HTTP server on a loopback port answering like Grafana 12: {@code /api/health} and
 * {@code /api/dashboards/uid/{uid}} (200 with the documented shape for provisioned uids, 404 otherwise). Dashboards
 * can be provisioned late: after a number of dashboard requests.
 */
final class StandInGrafana implements AutoCloseable {

    private final HttpServer server;
    private final Set<String> provisioned = ConcurrentHashMap.newKeySet();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger dashboardRequests = new AtomicInteger();
    private volatile int provisionAfterRequests;
    private volatile Set<String> lateUids = Set.of();

    StandInGrafana() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Grafana serves these uids from now on. */
    StandInGrafana provision(String... uids) {
        provisioned.addAll(List.of(uids));
        return this;
    }

    /** Grafana serves these uids once it has answered this many dashboard requests. */
    StandInGrafana provisionAfter(int requests, Set<String> uids) {
        provisionAfterRequests = requests;
        lateUids = Set.copyOf(uids);
        return this;
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<String> requests() {
        return requests;
    }

    List<String> authorizations() {
        return authorizations;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + path);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.add(authorization == null ? "" : authorization);
        if (path.equals("/api/health")) {
            respond(exchange, 200, """
                    {"commit": "a1b2c3d", "database": "ok", "version": "12.2.1"}""");
        } else if (path.startsWith("/api/dashboards/uid/")) {
            String uid = path.substring("/api/dashboards/uid/".length());
            if (dashboardRequests.incrementAndGet() > provisionAfterRequests) {
                provisioned.addAll(lateUids);
            }
            if (provisioned.contains(uid)) {
                respond(exchange, 200, """
                        {"dashboard": {"id": 7, "uid": "%s", "title": "t", "tags": ["algo_trader"], "version": 1,
                          "panels": [{"id": 1, "type": "candlestick", "title": "candles"}]},
                         "meta": {"type": "db", "url": "/d/%s/t", "folderUid": "f1", "folderTitle": "algo_trader",
                          "provisioned": true, "provisionedExternalId": "market.json"}}""".formatted(uid, uid));
            } else {
                respond(exchange, 404, """
                        {"message": "Dashboard not found"}""");
            }
        } else {
            respond(exchange, 404, """
                    {"message": "Not found"}""");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
