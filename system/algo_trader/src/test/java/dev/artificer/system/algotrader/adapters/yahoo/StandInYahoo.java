package dev.artificer.system.algotrader.adapters.yahoo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local HTTP server speaking Yahoo Finance's chart API as documented by its users (yfinance): {@code GET
 * /v8/finance/chart/SYMBOL?period1=&period2=&interval=1d&events=split}, answered with {@code chart.result[0]}
 * (meta with the exchange's time zone, one timestamp per day at the 09:30 New York open, {@code indicators.quote[0]}
 * open/high/low/close/volume with {@code null} for a day without prices, {@code indicators.adjclose},
 * {@code events.splits} keyed by timestamp with date, numerator, denominator and splitRatio), or for an unknown
 * symbol HTTP 404 with {@code chart.error} {@code {"code":"Not Found","description":"No data found, symbol may be
 * delisted"}}. Like Yahoo it answers 429 to a client without a browser User-Agent. Tests script statuses and
 * malformed bodies ahead of the real answer and read which requests arrived.
 */
public final class StandInYahoo implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final HttpServer server;
    private final Map<String, TreeMap<LocalDate, Day>> days = new ConcurrentHashMap<>();
    private final Map<String, List<ServedSplit>> splits = new ConcurrentHashMap<>();
    private final Deque<Scripted> scripted = new ArrayDeque<>();
    private final List<URI> requests = new CopyOnWriteArrayList<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();

    /** One served day; {@code null} prices are served as JSON null, as Yahoo does for a day it has no prices for. */
    public record Day(LocalDate day, Double open, Double high, Double low, Double close, Long volume) {
    }

    private record ServedSplit(LocalDate day, int numerator, int denominator) {
    }

    private record Scripted(int status, String body) {
    }

    private StandInYahoo(HttpServer server) {
        this.server = server;
    }

    /**
     * Starts the server on a free loopback port.
     *
     * @return the running stand-in
     * @throws IOException when no port is free
     */
    public static StandInYahoo start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        StandInYahoo yahoo = new StandInYahoo(server);
        server.createContext("/v8/finance/chart/", yahoo::chart);
        server.start();
        return yahoo;
    }

    /** The root URL, what {@code ALGO_TRADER_YAHOO_BASE_URL} is set to. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Serves these days for a symbol (in addition to any served before). */
    public StandInYahoo serve(String symbol, List<Day> served) {
        TreeMap<LocalDate, Day> map = days.computeIfAbsent(symbol, key -> new TreeMap<>());
        served.forEach(day -> map.put(day.day(), day));
        return this;
    }

    /** Reports a split of a symbol in {@code events.splits}. */
    public StandInYahoo split(String symbol, LocalDate day, int numerator, int denominator) {
        splits.computeIfAbsent(symbol, key -> new CopyOnWriteArrayList<>()).add(new ServedSplit(day, numerator, denominator));
        return this;
    }

    /** Answers the next request with this status and body instead of the real answer. */
    public synchronized StandInYahoo thenAnswer(int status, String body) {
        scripted.add(new Scripted(status, body));
        return this;
    }

    /** The requests that arrived, in order. */
    public List<URI> requests() {
        return List.copyOf(requests);
    }

    /** The User-Agent headers that arrived, in order. */
    public List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    private void chart(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(exchange.getRequestURI());
            String agent = String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent"));
            userAgents.add(agent);
            Scripted next = nextScripted();
            if (next != null) {
                send(exchange, next.status(), next.body());
            } else if (!agent.startsWith("Mozilla/")) {
                send(exchange, 429, "Too Many Requests");
            } else {
                answer(exchange);
            }
        }
    }

    private synchronized Scripted nextScripted() {
        return scripted.poll();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String symbol = exchange.getRequestURI().getPath().substring("/v8/finance/chart/".length());
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        TreeMap<LocalDate, Day> served = days.get(symbol);
        if (served == null) {
            send(exchange, 404, "{\"chart\":{\"result\":null,\"error\":{\"code\":\"Not Found\","
                    + "\"description\":\"No data found, symbol may be delisted\"}}}");
            return;
        }
        long period1 = Long.parseLong(query.get("period1"));
        long period2 = Long.parseLong(query.get("period2"));
        ObjectNode result = JSON.createObjectNode();
        result.putObject("meta").put("currency", "USD").put("symbol", symbol).put("exchangeName", "NMS")
                .put("instrumentType", "EQUITY").put("exchangeTimezoneName", "America/New_York").put("gmtoffset", -18000);
        ArrayNode timestamps = result.putArray("timestamp");
        ObjectNode quote = result.putObject("indicators").putArray("quote").addObject();
        ArrayNode adjclose = ((ObjectNode) result.get("indicators")).putArray("adjclose").addObject().putArray("adjclose");
        for (String field : List.of("open", "high", "low", "close", "volume")) {
            quote.putArray(field);
        }
        for (Day day : served.values()) {
            long open = day.day().atTime(LocalTime.of(9, 30)).atZone(NEW_YORK).toEpochSecond();
            long midnight = day.day().atStartOfDay(NEW_YORK).toEpochSecond();
            if (midnight < period1 || midnight >= period2) {
                continue;
            }
            timestamps.add(open);
            ((ArrayNode) quote.get("open")).add(day.open());
            ((ArrayNode) quote.get("high")).add(day.high());
            ((ArrayNode) quote.get("low")).add(day.low());
            ((ArrayNode) quote.get("close")).add(day.close());
            ((ArrayNode) quote.get("volume")).add(day.volume());
            adjclose.add(day.close());
        }
        ObjectNode events = result.putObject("events").putObject("splits");
        for (ServedSplit split : splits.getOrDefault(symbol, List.of())) {
            long at = split.day().atTime(LocalTime.of(9, 30)).atZone(NEW_YORK).toEpochSecond();
            events.putObject(String.valueOf(at)).put("date", at).put("numerator", split.numerator())
                    .put("denominator", split.denominator()).put("splitRatio", split.numerator() + ":" + split.denominator());
        }
        ObjectNode body = JSON.createObjectNode();
        ObjectNode chart = body.putObject("chart");
        chart.putArray("result").add(result);
        chart.putNull("error");
        send(exchange, 200, JSON.writeValueAsString(body));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A symbol's weekdays from {@code first} to {@code last}, a wave a moving-average cross can trade. */
    public static List<Day> wave(LocalDate first, LocalDate last) {
        List<Day> served = new ArrayList<>();
        double previous = 100;
        int index = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            double close = 100 + 10 * Math.sin(index++ / 12.0);
            served.add(new Day(day, previous, Math.max(previous, close) + 0.5, Math.min(previous, close) - 0.5, close,
                    1_000_000L + index));
            previous = close;
        }
        return served;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
