package dev.artificer.infrastructure.schwab.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.artificer.infrastructure.schwab.SchwabClient;
import dev.artificer.infrastructure.schwab.SchwabEndpoints;
import dev.artificer.infrastructure.schwab.http.SchwabHttpSettings;
import dev.artificer.infrastructure.schwab.oauth.SchwabAppCredentials;
import dev.artificer.infrastructure.schwab.oauth.SchwabTokens;
import dev.artificer.infrastructure.schwab.oauth.TokenStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local HTTP server speaking Schwab's documented protocol: the OAuth authorize redirect and token endpoint
 * (HTTP Basic, form body, Schwab's error bodies), the market data endpoints (bearer token, 401 body, quote
 * answers with an {@code errors} section) and the trader API (account hashes in paths, a margin and a cash
 * account, equity orders kept in memory: 201 with {@code Location} on placing, cancel, list by entered-time window
 * and status). Tests script failures per path, fill or reject orders and observe what arrived.
 */
public final class StandInSchwab implements AutoCloseable {

    /** The app key the stand-in accepts. */
    public static final String APP_KEY = "standin-app-key-0123456789";
    /** The app secret the stand-in accepts. */
    public static final String APP_SECRET = "standin-app-secret-NEVER-LOGGED";
    /** The registered callback URL. */
    public static final URI CALLBACK = URI.create("https://127.0.0.1:8182/callback");

    /** Token endpoint path. */
    public static final String TOKEN = "/v1/oauth/token";
    /** Quotes path. */
    public static final String QUOTES = "/marketdata/v1/quotes";
    /** Price history path. */
    public static final String PRICE_HISTORY = "/marketdata/v1/pricehistory";
    /** Account numbers path. */
    public static final String ACCOUNT_NUMBERS = "/trader/v1/accounts/accountNumbers";
    /** The margin account's plain number; the stand-in refuses it in paths. */
    public static final String ACCOUNT_NUMBER = "12345678";
    /** The margin account's hash, the id its paths take. */
    public static final String ACCOUNT_HASH = "E5B6B0A6C2D94E1F8A3B7C5D9E2F4A6B8C0D1E3F5A7B9C2D4E6F8A0B1C3D5E7F";
    /** The cash account's plain number. */
    public static final String CASH_ACCOUNT_NUMBER = "87654321";
    /** The cash account's hash. */
    public static final String CASH_ACCOUNT_HASH = "0F1E2D3C4B5A69788796A5B4C3D2E1F00F1E2D3C4B5A69788796A5B4C3D2E1F0";

    /** The {@code schwabClientCustomerId} that {@code GET /userPreference} reports. */
    public static final String STREAMER_CUSTOMER_ID = "9f2c41d7e5b84a0c9e1f6a3b2d7c8e90aa11bb22cc33dd44ee55ff6677889900";
    /** The {@code schwabClientCorrelId} that {@code GET /userPreference} reports. */
    public static final String STREAMER_CORREL_ID = "3b6f0a1c-2d4e-4f5a-8b9c-0d1e2f3a4b5c";

    private static final Set<String> KNOWN_SYMBOLS = Set.of("AAPL", "MSFT", "$SPX");
    private static final JsonMapper JSON = JsonMapper.shared();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicInteger serial = new AtomicInteger();
    private final List<String> issuedSecrets = new CopyOnWriteArrayList<>();
    private final List<Recorded> received = new CopyOnWriteArrayList<>();
    private final List<JsonNode> receivedOrders = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Scripted>> scripts = new ConcurrentHashMap<>();
    private final AtomicInteger refreshGrants = new AtomicInteger();
    private final AtomicInteger codeGrants = new AtomicInteger();
    private volatile String pendingCode;
    private volatile long pendingCodeIssuedNanos;
    private volatile Duration codeLifetime = Duration.ofSeconds(30);
    private volatile String validAccessToken;
    private volatile String validRefreshToken;
    private volatile Duration refreshDelay = Duration.ZERO;
    private volatile Duration accessTokenLifetime = Duration.ofMinutes(30);
    private volatile HistoryMarket historyMarket;
    private volatile int historyFailuresAfter = Integer.MAX_VALUE;
    private final AtomicInteger historyAnswers = new AtomicInteger();
    private final StandInTrader trader;

    private StandInSchwab() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        trader = new StandInTrader("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * Starts a stand-in on a free loopback port.
     *
     * @return the running stand-in
     * @throws IOException when no port can be bound
     */
    public static StandInSchwab start() throws IOException {
        return new StandInSchwab();
    }

    /**
     * Settings with tiny backoffs so the suite stays fast.
     *
     * @return the settings
     */
    public static SchwabHttpSettings fastSettings() {
        return SchwabHttpSettings.builder()
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .serverRetries(2, Duration.ofMillis(10), Duration.ofMillis(40))
                .jitter(0.2)
                .rateLimitRetries(2, Duration.ofSeconds(5))
                .build();
    }

    /**
     * The Schwab URLs under this stand-in.
     *
     * @return the endpoints
     */
    public SchwabEndpoints endpoints() {
        return SchwabEndpoints.under(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    /**
     * The registered app's credentials.
     *
     * @return the credentials
     */
    public static SchwabAppCredentials credentials() {
        return new SchwabAppCredentials(APP_KEY, APP_SECRET, CALLBACK);
    }

    /**
     * A client of this stand-in.
     *
     * @param store    the token store
     * @param settings the HTTP settings
     * @return the client
     */
    public SchwabClient client(TokenStore store, SchwabHttpSettings settings) {
        return SchwabClient.builder()
                .credentials(credentials())
                .endpoints(endpoints())
                .tokenStore(store)
                .httpSettings(settings)
                .build();
    }

    /**
     * Issues a valid token pair as if a browser login had just happened, bypassing the protocol. The access token
     * counts as issued 30 minutes (Schwab's lifetime) before its expiry.
     *
     * @param accessTokenExpiresAt what the client will believe about the access token's expiry
     * @return the tokens to put into a store
     */
    public SchwabTokens loggedIn(Instant accessTokenExpiresAt) {
        validRefreshToken = secret("refresh");
        validAccessToken = secret("I0.access");
        return new SchwabTokens(validAccessToken, accessTokenExpiresAt.minus(Duration.ofMinutes(30)),
                accessTokenExpiresAt, validRefreshToken, Instant.now());
    }

    /**
     * From now on price history answers every requested range with one candle per step on weekdays; every
     * {@code invalidEvery}-th candle (0: none) is not a valid bar.
     *
     * @param invalidEvery how often a candle is invalid, or 0
     */
    public void generateHistory(int invalidEvery) {
        historyMarket = new HistoryMarket(invalidEvery, null);
    }

    /**
     * Like {@link #generateHistory}, with 1-minute candles reaching back only so far, as Schwab's do (about 48 days):
     * a range starting earlier comes back shortened.
     *
     * @param invalidEvery   how often a candle is invalid, or 0
     * @param oneMinuteReach how far back 1-minute candles go
     */
    public void generateHistory(int invalidEvery, Duration oneMinuteReach) {
        historyMarket = new HistoryMarket(invalidEvery, oneMinuteReach);
    }

    /**
     * Lets the next {@code answers} price-history requests succeed and fails every later one with HTTP 500.
     *
     * @param answers how many more requests succeed
     */
    public void failHistoryAfter(int answers) {
        historyFailuresAfter = historyAnswers.get() + answers;
    }

    /** Price history works again after {@link #failHistoryAfter}. */
    public void healHistory() {
        historyFailuresAfter = Integer.MAX_VALUE;
    }

    /**
     * Whether an access token is the one this stand-in currently accepts, for the stand-in streamer's LOGIN.
     *
     * @param accessToken the raw token
     * @return true when market data would accept it
     */
    public boolean acceptsAccessToken(String accessToken) {
        String token = validAccessToken;
        return token != null && token.equals(accessToken);
    }

    /**
     * Points {@code GET /userPreference}'s {@code streamerSocketUrl} somewhere, e.g. at a stand-in streamer.
     *
     * @param url the WebSocket URL
     */
    public void streamerSocketUrl(URI url) {
        trader.streamerSocketUrl(url.toString());
    }

    /** From now on the current access token is answered with HTTP 401, as when it expired early. */
    public void expireAccessToken() {
        validAccessToken = null;
    }

    /**
     * Sets how long an authorization code can be exchanged after the authorize redirect (Schwab: about 30 s). An
     * expired code is refused with HTTP 400 {@code invalid_grant}, the OAuth error for it (RFC 6749 5.2; Schwab's
     * exact body for this case is not documented).
     *
     * @param lifetime the code's lifetime
     */
    public void expireCodesAfter(Duration lifetime) {
        codeLifetime = lifetime;
    }

    /**
     * What the user's browser does: opens the authorize URL and ends up at the callback, whose URL the user pastes.
     *
     * @param authorizeUrl the login URL
     * @return the redirect URL, holding the code
     * @throws IOException          when the stand-in cannot be reached
     * @throws InterruptedException when interrupted
     */
    public static String browserRedirect(URI authorizeUrl) throws IOException, InterruptedException {
        try (HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            HttpResponse<Void> answer = browser.send(HttpRequest.newBuilder(authorizeUrl).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() != 302) {
                throw new IOException("the authorize URL answered HTTP " + answer.statusCode() + ", not a redirect");
            }
            return answer.headers().firstValue("Location").orElseThrow();
        }
    }

    /** From now on the refresh token is refused with Schwab's nested refresh-token error. */
    public void revokeRefreshToken() {
        validRefreshToken = null;
    }

    /**
     * Sets the {@code expires_in} of the access tokens the token endpoint hands out from now on (Schwab: 1800 s).
     *
     * @param lifetime the lifetime, whole seconds
     */
    public void issueAccessTokensFor(Duration lifetime) {
        accessTokenLifetime = lifetime;
    }

    /**
     * Makes every refresh grant take a while, so that concurrent callers overlap.
     *
     * @param delay the delay
     */
    public void delayRefreshes(Duration delay) {
        refreshDelay = delay;
    }

    /**
     * Queues canned answers for a path, given in order before normal service resumes.
     *
     * @param path    the path, e.g. {@link #QUOTES}
     * @param answers the answers
     */
    public void script(String path, Scripted... answers) {
        scripts.computeIfAbsent(path, key -> new ArrayDeque<>()).addAll(Arrays.asList(answers));
    }

    /**
     * The orders path of an account, for {@link #hits}, {@link #lastRequest} and {@link #script}.
     *
     * @param accountHash the account's hash, e.g. {@link #ACCOUNT_HASH}
     * @return {@code /trader/v1/accounts/{hash}/orders}
     */
    public static String ordersPath(String accountHash) {
        return StandInTrader.BASE + "/accounts/" + accountHash + "/orders";
    }

    /**
     * Every order body POSTed to an orders path, in arrival order, whether accepted or not.
     *
     * @return the parsed bodies (a body that is not JSON appears as a string node)
     */
    public List<JsonNode> receivedOrders() {
        return List.copyOf(receivedOrders);
    }

    /**
     * Fills all that is open of an order at one price: status {@code FILLED}, with an execution activity.
     *
     * @param orderId the order
     * @param price   the fill price
     */
    public void fillOrder(long orderId, double price) {
        trader.fill(orderId, trader.remaining(orderId), price);
    }

    /**
     * Fills part of an order: the status stays {@code WORKING} until nothing remains, then is {@code FILLED}.
     *
     * @param orderId  the order
     * @param quantity the shares filled now
     * @param price    their price
     */
    public void fillOrder(long orderId, double quantity, double price) {
        trader.fill(orderId, quantity, price);
    }

    /**
     * Rejects an accepted order afterwards, as Schwab does e.g. for lack of buying power: status {@code REJECTED}.
     *
     * @param orderId the order
     * @param reason  the status description
     */
    public void rejectOrder(long orderId, String reason) {
        trader.reject(orderId, reason);
    }

    /**
     * Refuses the next order placed on any account with HTTP 400 and Schwab's error body
     * {@code {"message": message, "errors": ["order rejected (scripted)"]}}.
     *
     * @param message the message
     */
    public void rejectNextOrder(String message) {
        trader.rejectNextOrder(message);
    }

    /**
     * An order's current status.
     *
     * @param orderId the order
     * @return e.g. {@code WORKING}, {@code CANCELED}
     */
    public String orderStatus(long orderId) {
        return trader.status(orderId);
    }

    /**
     * Sets or (with both quantities 0) removes a position of the margin account {@link #ACCOUNT_HASH}.
     *
     * @param symbol        the symbol
     * @param longQuantity  shares long
     * @param shortQuantity shares short
     * @param averagePrice  average cost
     * @param marketValue   market value
     */
    public void holdPosition(String symbol, double longQuantity, double shortQuantity, double averagePrice,
                             double marketValue) {
        trader.holdPosition(symbol, longQuantity, shortQuantity, averagePrice, marketValue);
    }

    /**
     * Sets the margin account's balances.
     *
     * @param cash             cash balance
     * @param liquidationValue liquidation value
     * @param buyingPower      buying power
     */
    public void balances(double cash, double liquidationValue, double buyingPower) {
        trader.balances(cash, liquidationValue, buyingPower);
    }

    /**
     * How many requests arrived for a path.
     *
     * @param path the path
     * @return the count
     */
    public int hits(String path) {
        return (int) received.stream().filter(request -> request.path().equals(path)).count();
    }

    /**
     * When the requests for a path arrived, in arrival order: what an outside observer of the rate limit sees.
     *
     * @param path the path
     * @return arrival instants on {@link System#nanoTime()}'s scale
     */
    public List<Long> arrivals(String path) {
        return received.stream().filter(request -> request.path().equals(path)).map(Recorded::arrivedNanos)
                .sorted().toList();
    }

    /**
     * The last request for a path.
     *
     * @param path the path
     * @return the request; fails when none arrived
     */
    public Recorded lastRequest(String path) {
        return received.reversed().stream().filter(request -> request.path().equals(path)).findFirst().orElseThrow();
    }

    /**
     * How many refresh-token grants arrived.
     *
     * @return the count
     */
    public int refreshGrants() {
        return refreshGrants.get();
    }

    /**
     * How many authorization codes were exchanged successfully.
     *
     * @return the count
     */
    public int codeGrants() {
        return codeGrants.get();
    }

    /**
     * Every secret the stand-in knows or handed out: app secret, Basic credentials, codes and tokens.
     *
     * @return the secrets
     */
    public List<String> secrets() {
        List<String> all = new ArrayList<>(issuedSecrets);
        all.add(APP_SECRET);
        all.add(basicCredentials());
        return all;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = readBody(exchange.getRequestBody());
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            Recorded request = new Recorded(exchange.getRequestMethod(), path,
                    Recorded.decode(exchange.getRequestURI().getRawQuery()),
                    exchange.getRequestHeaders().getFirst("Authorization"), contentType,
                    contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
                            ? Recorded.decode(body) : Map.of(), arrived);
            received.add(request);
            if (request.method().equals("POST") && path.startsWith(StandInTrader.BASE) && path.endsWith("/orders")) {
                receivedOrders.add(parsed(body));
            }
            Scripted scripted = nextScripted(path);
            if (scripted != null) {
                pause(scripted.delay());
                scripted.headers().forEach(exchange.getResponseHeaders()::add);
                respond(exchange, scripted.status(), scripted.body());
            } else if (path.equals("/v1/oauth/authorize")) {
                authorize(exchange, request);
            } else if (path.equals(TOKEN)) {
                token(exchange, request);
            } else if (path.startsWith("/marketdata/v1/")) {
                marketData(exchange, request);
            } else if (path.startsWith(StandInTrader.BASE + "/")) {
                traderApi(exchange, request, body);
            } else {
                respond(exchange, 404, errors(404, "Not Found", "no such path"));
            }
        }
    }

    private Scripted nextScripted(String path) {
        Deque<Scripted> queue = scripts.get(path);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            return queue.pollFirst();
        }
    }

    private void authorize(HttpExchange exchange, Recorded request) throws IOException {
        Map<String, String> query = request.query();
        if (!APP_KEY.equals(query.get("client_id")) || !CALLBACK.toString().equals(query.get("redirect_uri"))
                || !"code".equals(query.get("response_type")) || query.getOrDefault("state", "").isBlank()) {
            respond(exchange, 400, "<html><body>Whitelabel Error Page</body></html>");
            return;
        }
        pendingCode = secret("C0.code") + "@";
        pendingCodeIssuedNanos = System.nanoTime();
        exchange.getResponseHeaders().add("Location", CALLBACK + "?code="
                + URLEncoder.encode(pendingCode, StandardCharsets.UTF_8) + "&session=" + UUID.randomUUID()
                + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
    }

    private void token(HttpExchange exchange, Recorded request) throws IOException {
        if (!request.method().equals("POST") || !("Basic " + basicCredentials()).equals(request.authorization())) {
            respond(exchange, 401, "{\"error\":\"invalid_client\",\"error_description\":\"client authentication failed\"}");
            return;
        }
        if (request.contentType() == null || !request.contentType().startsWith("application/x-www-form-urlencoded")) {
            respond(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        Map<String, String> form = request.form();
        switch (form.getOrDefault("grant_type", "")) {
            case "authorization_code" -> exchangeCode(exchange, form);
            case "refresh_token" -> refresh(exchange, form);
            default -> respond(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
        }
    }

    private void exchangeCode(HttpExchange exchange, Map<String, String> form) throws IOException {
        String code = pendingCode;
        if (code != null && code.equals(form.get("code"))
                && System.nanoTime() - pendingCodeIssuedNanos > codeLifetime.toNanos()) {
            respond(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"authorization code expired\"}");
            return;
        }
        if (code == null || !code.equals(form.get("code")) || !CALLBACK.toString().equals(form.get("redirect_uri"))) {
            respond(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"authorization code invalid\"}");
            return;
        }
        pendingCode = null;
        codeGrants.incrementAndGet();
        validRefreshToken = secret("refresh");
        validAccessToken = secret("I0.access");
        respond(exchange, 200, tokenAnswer(validAccessToken, validRefreshToken));
    }

    private void refresh(HttpExchange exchange, Map<String, String> form) throws IOException {
        refreshGrants.incrementAndGet();
        pause(refreshDelay);
        String refreshToken = validRefreshToken;
        if (refreshToken == null || !refreshToken.equals(form.get("refresh_token"))) {
            respond(exchange, 400, "{\"error\":\"unsupported_token_type\",\"error_description\":\"400 Bad Request: "
                    + "\\\"{\\\"error_description\\\":\\\"Exception while authenticating refresh token "
                    + "[tokenDigest=" + UUID.randomUUID() + "]\\\",\\\"error\\\":"
                    + "\\\"refresh_token_authentication_error\\\"}\\\"\"}");
            return;
        }
        validAccessToken = secret("I0.access");
        respond(exchange, 200, tokenAnswer(validAccessToken, refreshToken));
    }

    private String tokenAnswer(String accessToken, String refreshToken) {
        ObjectNode answer = JSON.createObjectNode()
                .put("expires_in", accessTokenLifetime.toSeconds())
                .put("token_type", "Bearer")
                .put("scope", "api")
                .put("refresh_token", refreshToken)
                .put("access_token", accessToken)
                .put("id_token", secret("eyJ.id"));
        return answer.toString();
    }

    private boolean bearerRefused(HttpExchange exchange, Recorded request) throws IOException {
        String token = validAccessToken;
        if (token == null || !("Bearer " + token).equals(request.authorization())) {
            respond(exchange, 401, "{\"errors\":[{\"id\":\"" + UUID.randomUUID() + "\",\"status\":401,"
                    + "\"title\":\"Unauthorized\"}]}");
            return true;
        }
        return false;
    }

    private void traderApi(HttpExchange exchange, Recorded request, String body) throws IOException {
        if (bearerRefused(exchange, request)) {
            return;
        }
        Scripted answer = trader.answer(request, body);
        answer.headers().forEach(exchange.getResponseHeaders()::add);
        respond(exchange, answer.status(), answer.body());
    }

    private void marketData(HttpExchange exchange, Recorded request) throws IOException {
        if (bearerRefused(exchange, request)) {
            return;
        }
        String path = request.path();
        if (path.equals(QUOTES)) {
            respond(exchange, 200, MarketDataAnswers.quotes(request.query().get("symbols"), KNOWN_SYMBOLS));
        } else if (path.equals(PRICE_HISTORY) && historyMarket != null) {
            if (historyAnswers.incrementAndGet() > historyFailuresAfter) {
                respond(exchange, 500, errors(500, "Internal Server Error", "history unavailable (scripted)"));
            } else {
                respond(exchange, 200, historyMarket.answer(request.query()));
            }
        } else if (path.equals(PRICE_HISTORY)) {
            respond(exchange, 200, MarketDataAnswers.priceHistory(request.query()));
        } else if (path.equals("/marketdata/v1/instruments")) {
            respond(exchange, 200, MarketDataAnswers.instruments(request.query()));
        } else if (path.equals("/marketdata/v1/markets")) {
            respond(exchange, 200, MarketDataAnswers.marketHours(request.query().get("date")));
        } else if (path.startsWith("/marketdata/v1/movers/")) {
            respond(exchange, 200, MarketDataAnswers.movers(path.substring("/marketdata/v1/movers/".length())));
        } else {
            respond(exchange, 404, errors(404, "Not Found", "no such market data path"));
        }
    }

    static String errors(int status, String title, String detail) {
        ObjectNode error = JSON.createObjectNode()
                .put("id", UUID.randomUUID().toString())
                .put("status", String.valueOf(status))
                .put("title", title)
                .put("detail", detail);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("errors");
        list.add(error);
        return root.toString();
    }

    private String secret(String prefix) {
        String value = prefix + "-" + serial.incrementAndGet() + "-" + UUID.randomUUID();
        issuedSecrets.add(value);
        return value;
    }

    private static String basicCredentials() {
        return Base64.getEncoder().encodeToString((APP_KEY + ":" + APP_SECRET).getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Schwab-Client-CorrelId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static JsonNode parsed(String body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException notJson) {
            return JSON.getNodeFactory().stringNode(body);
        }
    }

    private static String readBody(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void pause(Duration delay) {
        if (delay.isPositive()) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
