package dev.artificer.infrastructure.grafana.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local HTTP server standing in for Grafana: each path answers with scripted replies in turn (the last one
 * repeats), unknown paths answer Grafana's 404, and every request is recorded.
 */
public final class StandInGrafana implements AutoCloseable {

    /** Grafana's health path. */
    public static final String HEALTH = "/api/health";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Deque<Reply>> replies = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    /**
     * One scripted answer.
     *
     * @param status the HTTP status
     * @param body   the JSON body
     */
    public record Reply(int status, String body) {

        /**
         * An answer whose body is a file under {@code src/test/resources/grafana}.
         *
         * @param status   the HTTP status
         * @param resource the file name, e.g. {@code health.json}
         * @return the reply
         */
        public static Reply of(int status, String resource) {
            return new Reply(status, fixture(resource));
        }
    }

    /**
     * One request that arrived.
     *
     * @param method        the HTTP method
     * @param path          the raw path
     * @param query         the raw query, or null
     * @param authorization the Authorization header, or null
     */
    public record Received(String method, String path, String query, String authorization) {
    }

    private StandInGrafana(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts a stand-in on a free loopback port.
     *
     * @return the running stand-in
     * @throws IOException when no port can be bound
     */
    public static StandInGrafana start() throws IOException {
        return new StandInGrafana(0);
    }

    /**
     * Starts a stand-in on the given loopback port.
     *
     * @param port the port
     * @return the running stand-in
     * @throws IOException when the port cannot be bound
     */
    public static StandInGrafana startOn(int port) throws IOException {
        return new StandInGrafana(port);
    }

    /**
     * The text of a file under {@code src/test/resources/grafana}.
     *
     * @param name the file name
     * @return its content
     */
    public static String fixture(String name) {
        try (InputStream in = StandInGrafana.class.getResourceAsStream("/grafana/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource grafana/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /**
     * Scripts the answers of a path, in turn; the last one repeats.
     *
     * @param path    the path without query
     * @param answers one or more replies
     * @return this stand-in
     */
    public StandInGrafana answer(String path, Reply... answers) {
        replies.put(path, new ArrayDeque<>(Arrays.asList(answers)));
        return this;
    }

    /**
     * The root URL of this stand-in.
     *
     * @return e.g. {@code http://127.0.0.1:41234}
     */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * Every request so far, in arrival order.
     *
     * @return the requests
     */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /**
     * How many requests asked for a path.
     *
     * @param path the path without query
     * @return the count
     */
    public long requestsTo(String path) {
        return received.stream().filter(request -> request.path().equals(path)).count();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        received.add(new Received(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
                exchange.getRequestHeaders().getFirst("Authorization")));
        Reply reply = next(uri.getRawPath());
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private Reply next(String path) {
        Deque<Reply> scripted = replies.get(path);
        if (scripted == null) {
            return new Reply(404, "{\"message\":\"Not found\"}");
        }
        synchronized (scripted) {
            return scripted.size() > 1 ? scripted.poll() : scripted.peek();
        }
    }
}
