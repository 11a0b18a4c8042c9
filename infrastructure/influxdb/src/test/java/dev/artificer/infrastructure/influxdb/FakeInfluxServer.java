package dev.artificer.infrastructure.influxdb;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for InfluxDB 2's HTTP API on a loopback port: it records every {@code POST /api/v2/write} and
 * {@code POST /api/v2/query}, answers writes with 204 unless told otherwise, answers queries with an
 * annotated-CSV body, and answers {@code /ping} with 204 and a version header.
 */
final class FakeInfluxServer implements AutoCloseable {

    static final String VERSION = "v2.7.11";
    static final String TOKEN = "tok-3f9c2a7d-secret";
    static final String ORG = "acme org";
    static final String BUCKET = "metrics/raw";

    /**
     * One request as the server saw it.
     *
     * @param method        HTTP method
     * @param path          request path
     * @param query         decoded query parameters
     * @param authorization the Authorization header
     * @param contentType   the Content-Type header
     * @param body          the body as text
     * @param arrivedNanos  {@link System#nanoTime()} when it arrived
     */
    record Request(String method, String path, Map<String, String> query, String authorization,
                   String contentType, String body, long arrivedNanos) {
    }

    /**
     * An answer to give.
     *
     * @param status  HTTP status
     * @param headers response headers
     * @param body    response body, empty for none
     */
    record Answer(int status, Map<String, String> headers, String body) {

        static Answer noContent() {
            return new Answer(204, Map.of(), "");
        }

        static Answer error(int status, String code, String message) {
            return new Answer(status, Map.of("Content-Type", "application/json; charset=utf-8"),
                    "{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}");
        }

        static Answer tooManyRequests(int retryAfterSeconds) {
            return new Answer(429, Map.of("Content-Type", "application/json; charset=utf-8",
                    "Retry-After", Integer.toString(retryAfterSeconds)),
                    "{\"code\":\"too many requests\",\"message\":\"write limit reached\"}");
        }

        static Answer csv(String annotatedCsv) {
            return new Answer(200, Map.of("Content-Type", "text/csv; charset=utf-8"), annotatedCsv);
        }
    }

    /** Marks an answer whose message must repeat the request's Authorization header, as a careless server might. */
    static final String ECHO_AUTHORIZATION = "{authorization}";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final BlockingQueue<Request> writes = new LinkedBlockingQueue<>();
    private final List<Request> allWrites = new CopyOnWriteArrayList<>();
    private final List<Request> queries = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Answer> writeAnswers = new ConcurrentLinkedQueue<>();
    private volatile Answer everyWriteAnswer = Answer.noContent();
    private volatile Answer queryAnswer = Answer.csv("\r\n");
    private volatile Answer pingAnswer = new Answer(204, Map.of("X-Influxdb-Version", VERSION,
            "X-Influxdb-Build", "OSS"), "");
    private volatile CountDownLatch writeGate = new CountDownLatch(0);

    private FakeInfluxServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/api/v2/write", this::write);
        server.createContext("/api/v2/query", this::query);
        server.createContext("/ping", exchange -> answer(exchange, pingAnswer, ""));
        server.start();
    }

    static FakeInfluxServer start() throws IOException {
        return new FakeInfluxServer();
    }

    String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** Settings that point at this server with {@link #TOKEN}, {@link #ORG} and {@link #BUCKET}. */
    InfluxSettings.Builder settings() {
        return InfluxSettings.builder().url(url()).token(TOKEN).org(ORG).bucket(BUCKET)
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    /** The next write requests get these answers, in order; later ones get the every-write answer. */
    void answerNextWrites(Answer... answers) {
        writeAnswers.addAll(Arrays.asList(answers));
    }

    void answerEveryWrite(Answer answer) {
        everyWriteAnswer = answer;
    }

    void answerQueries(Answer answer) {
        queryAnswer = answer;
    }

    void answerPings(Answer answer) {
        pingAnswer = answer;
    }

    /** Write requests are held, unanswered, until {@link #releaseWrites()}. */
    void holdWrites() {
        writeGate = new CountDownLatch(1);
    }

    void releaseWrites() {
        writeGate.countDown();
    }

    /** The next write request not yet taken, waiting for it up to the timeout; null when none came. */
    Request nextWrite(Duration timeout) throws InterruptedException {
        return writes.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    List<Request> writes() {
        return List.copyOf(allWrites);
    }

    List<Request> queries() {
        return List.copyOf(queries);
    }

    @Override
    public void close() {
        releaseWrites();
        server.stop(0);
        threads.shutdownNow();
    }

    private void write(HttpExchange exchange) throws IOException {
        Request request = record(exchange);
        allWrites.add(request);
        writes.add(request);
        try {
            writeGate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
        Answer scripted = writeAnswers.poll();
        answer(exchange, scripted == null ? everyWriteAnswer : scripted, request.authorization());
    }

    private void query(HttpExchange exchange) throws IOException {
        Request request = record(exchange);
        queries.add(request);
        answer(exchange, queryAnswer, request.authorization());
    }

    private static Request record(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                queryParameters(exchange.getRequestURI().getRawQuery()),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body, System.nanoTime());
    }

    private static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                String[] nameValue = pair.split("=", 2);
                parameters.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                        nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
            }
        }
        return parameters;
    }

    private static void answer(HttpExchange exchange, Answer answer, String authorization) throws IOException {
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        String text = answer.body().replace(ECHO_AUTHORIZATION, String.valueOf(authorization));
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
