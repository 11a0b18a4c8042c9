package dev.artificer.infrastructure.schwab.standin;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local WebSocket server speaking the Schwab streamer's protocol as the Streamer Guide describes it: LOGIN to
 * ADMIN (checking the access token, the customer and correlation ids), SUBS/ADD/UNSUBS with fields in ascending
 * order, data frames to the subscribed symbols only, {@code notify} heartbeats, and response codes. Like Schwab,
 * it allows one connection per user: a LOGIN on a second connection closes the first with code 12.
 * Candles are sent in the {@code OBSERVED} field layout (1 sequence, 2 open, 3 high, 4 low, 5 close, 6 volume,
 * 7 chart time, 8 chart day).
 *
 * <p>It can misbehave on request: drop every connection without a close handshake, fall silent, deny the next
 * LOGINs, send code 12 or code 30, send any raw frame (e.g. malformed JSON), or answer the next command with a failure code.
 */
public final class StandInStreamer extends WebSocketServer {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final CountDownLatch started = new CountDownLatch(1);
    private final ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor();
    private final Map<WebSocket, Session> sessions = new ConcurrentHashMap<>();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> loginTokens = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger deniedLogins = new AtomicInteger();
    private final Deque<Failure> scriptedFailures = new ArrayDeque<>();
    private volatile Predicate<String> tokenCheck = token -> !token.isBlank();
    private volatile int loginsToDeny;

    /** A failure code to answer a command with once. */
    private record Failure(String command, int code) {
    }

    /** One client connection's state. */
    private static final class Session {
        private final Map<String, Set<String>> subscribed = new ConcurrentHashMap<>();
        private volatile boolean loggedIn;
        private volatile boolean silent;
    }

    private StandInStreamer() {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        setReuseAddr(true);
        setConnectionLostTimeout(0);
    }

    /**
     * Starts a stand-in on a free loopback port, sending heartbeats to logged-in connections at the given period.
     *
     * @param heartbeatEvery the heartbeat period
     * @return the running stand-in
     * @throws InterruptedException when interrupted while it starts
     */
    public static StandInStreamer start(Duration heartbeatEvery) throws InterruptedException {
        StandInStreamer streamer = new StandInStreamer();
        streamer.start();
        if (!streamer.started.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the stand-in streamer did not start");
        }
        long period = heartbeatEvery.toMillis();
        streamer.heart.scheduleAtFixedRate(streamer::heartbeat, period, period, TimeUnit.MILLISECONDS);
        return streamer;
    }

    /**
     * The URL to connect to.
     *
     * @return {@code ws://127.0.0.1:port/ws}
     */
    public URI url() {
        return URI.create("ws://127.0.0.1:" + getPort() + "/ws");
    }

    /**
     * Sets which access tokens a LOGIN may carry; by default any non-blank token.
     *
     * @param check true for an accepted token
     */
    public void acceptTokens(Predicate<String> check) {
        tokenCheck = check;
    }

    /**
     * Denies the next LOGINs with code 3, whatever their token.
     *
     * @param logins how many
     */
    public void denyNextLogins(int logins) {
        loginsToDeny = logins;
    }

    /**
     * Answers the next request with this command with a failure code instead of success.
     *
     * @param command e.g. {@code ADD}
     * @param code    e.g. 19
     */
    public synchronized void failNext(String command, int code) {
        scriptedFailures.add(new Failure(command, code));
    }

    /** Closes every connection at once, without a close handshake, as a network failure would. */
    public void dropConnections() {
        sessions.keySet().forEach(connection -> connection.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped"));
    }

    /** From now on sends nothing (no heartbeat, no data, no response) to the connections open now. */
    public void goSilent() {
        sessions.values().forEach(session -> session.silent = true);
    }

    /** Sends code 12 CLOSE_CONNECTION to every logged-in connection and closes them. */
    public void closeWithCode12() {
        sessions.forEach((connection, session) -> {
            if (session.loggedIn) {
                takeOver(connection);
            }
        });
    }

    /** Sends code 30 STOP_STREAMING to every logged-in connection and closes them, as for an empty subscription. */
    public void stopStreaming() {
        sessions.forEach((connection, session) -> {
            if (session.loggedIn) {
                ObjectNode root = JSON.createObjectNode();
                root.putArray("notify").addObject().put("service", "ADMIN")
                        .put("timestamp", System.currentTimeMillis()).putObject("content").put("code", 30)
                        .put("msg", "Stop streaming due to empty subscription");
                send(connection, session, root.toString());
                connection.close(CloseFrame.NORMAL, "stop streaming");
            }
        });
    }

    /**
     * Sends a frame as it is to every logged-in connection, e.g. malformed JSON.
     *
     * @param frame the text
     */
    public void sendRaw(String frame) {
        sessions.forEach((connection, session) -> {
            if (session.loggedIn) {
                send(connection, session, frame);
            }
        });
    }

    /**
     * Sends a LEVELONE_EQUITIES update of one symbol to the connections subscribed to it.
     *
     * @param symbol the key
     * @param fields field number to value, only the fields that changed
     * @return how many connections it went to
     */
    public int sendQuote(String symbol, Map<Integer, ?> fields) {
        ObjectNode item = JSON.createObjectNode().put("key", symbol).put("delayed", false)
                .put("assetMainType", "EQUITY").put("assetSubType", "COE").put("cusip", "037833100");
        fields.forEach((field, value) -> item.putPOJO(String.valueOf(field), value));
        return sendData("LEVELONE_EQUITIES", symbol, item);
    }

    /**
     * Sends a CHART_EQUITY candle in the observed layout to the connections subscribed to the symbol.
     *
     * @param symbol      the key
     * @param sequence    field 1
     * @param open        field 2
     * @param high        field 3
     * @param low         field 4
     * @param close       field 5
     * @param volume      field 6
     * @param startMillis field 7, the minute's start
     * @return how many connections it went to
     */
    public int sendCandle(String symbol, long sequence, double open, double high, double low, double close,
                          double volume, long startMillis) {
        ObjectNode item = JSON.createObjectNode().put("seq", 0).put("key", symbol).put("1", sequence)
                .put("2", open).put("3", high).put("4", low).put("5", close).put("6", volume).put("7", startMillis)
                .put("8", startMillis / 86_400_000L);
        return sendData("CHART_EQUITY", symbol, item);
    }

    /**
     * How many WebSocket connections were opened so far.
     *
     * @return the count
     */
    public int connectionsOpened() {
        return connections.get();
    }

    /**
     * How many connections are open now.
     *
     * @return the count
     */
    public int openConnections() {
        return sessions.size();
    }

    /**
     * Every request received, in order.
     *
     * @return the requests' JSON (each one entry of a {@code requests} array)
     */
    public List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    /**
     * The requests with this command, in order.
     *
     * @param command e.g. {@code SUBS}
     * @return the requests
     */
    public List<JsonNode> requests(String command) {
        return requests.stream().filter(request -> command.equals(request.path("command").asString())).toList();
    }

    /**
     * The access token of every LOGIN, in order.
     *
     * @return the tokens
     */
    public List<String> loginTokens() {
        return List.copyOf(loginTokens);
    }

    /**
     * How many LOGINs were denied.
     *
     * @return the count
     */
    public int deniedLogins() {
        return deniedLogins.get();
    }

    /**
     * The symbols the logged-in connection has subscribed to a service.
     *
     * @param service e.g. {@code LEVELONE_EQUITIES}
     * @return the symbols, empty when no connection is logged in
     */
    public Set<String> subscribed(String service) {
        for (Session session : sessions.values()) {
            if (session.loggedIn) {
                return Set.copyOf(session.subscribed.getOrDefault(service, Set.of()));
            }
        }
        return Set.of();
    }

    /** Stops the server and the heartbeats. */
    public void shutdown() throws InterruptedException {
        heart.shutdownNow();
        stop(1000);
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        connections.incrementAndGet();
        sessions.put(connection, new Session());
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        sessions.remove(connection);
    }

    @Override
    public void onError(WebSocket connection, Exception failure) {
        if (connection != null) {
            sessions.remove(connection);
        }
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
        Session session = sessions.get(connection);
        JsonNode root;
        try {
            root = JSON.readTree(message);
        } catch (JacksonException notJson) {
            respond(connection, session, "ADMIN", "", "", 21, "Bad command format");
            return;
        }
        for (JsonNode request : root.path("requests")) {
            requests.add(request);
            handle(connection, session, request);
        }
    }

    private void handle(WebSocket connection, Session session, JsonNode request) {
        String service = request.path("service").asString();
        String command = request.path("command").asString();
        String id = request.path("requestid").asString();
        if (!StandInSchwab.STREAMER_CUSTOMER_ID.equals(request.path("SchwabClientCustomerId").asString())
                || !StandInSchwab.STREAMER_CORREL_ID.equals(request.path("SchwabClientCorrelId").asString())) {
            respond(connection, session, service, command, id, 21, "Bad command format: unknown client ids");
            return;
        }
        if (command.equals("LOGIN")) {
            login(connection, session, request, id);
            return;
        }
        if (!session.loggedIn) {
            respond(connection, session, service, command, id, 20, "Stream connection not found");
            return;
        }
        Integer scripted = scriptedCode(command);
        if (scripted != null) {
            respond(connection, session, service, command, id, scripted, "Scripted failure");
            return;
        }
        JsonNode parameters = request.path("parameters");
        List<String> keys = Arrays.stream(parameters.path("keys").asString().split(","))
                .filter(key -> !key.isBlank()).toList();
        switch (command) {
            case "SUBS", "ADD" -> {
                if (!ascending(parameters.path("fields").asString())) {
                    respond(connection, session, service, command, id, command.equals("SUBS") ? 22 : 24,
                            "Failed command: fields must be in ascending order");
                    return;
                }
                Set<String> symbols = session.subscribed.computeIfAbsent(service,
                        ignored -> ConcurrentHashMap.newKeySet());
                if (command.equals("SUBS")) {
                    symbols.clear();
                }
                symbols.addAll(keys);
                respond(connection, session, service, command, id, 0, command + " command succeeded");
            }
            case "UNSUBS" -> {
                session.subscribed.getOrDefault(service, new LinkedHashSet<>()).removeAll(keys);
                respond(connection, session, service, command, id, 0, "UNSUBS command succeeded");
            }
            case "LOGOUT" -> {
                respond(connection, session, service, command, id, 0, "SUCCESS");
                connection.close(CloseFrame.NORMAL, "logged out");
            }
            default -> respond(connection, session, service, command, id, 21, "Bad command format");
        }
    }

    private void login(WebSocket connection, Session session, JsonNode request, String id) {
        String token = request.path("parameters").path("Authorization").asString();
        loginTokens.add(token);
        if (loginsToDeny > 0 || !tokenCheck.test(token)) {
            if (loginsToDeny > 0) {
                loginsToDeny--;
            }
            deniedLogins.incrementAndGet();
            respond(connection, session, "ADMIN", "LOGIN", id, 3, "Login Denied.: token is invalid or has expired.");
            connection.close(CloseFrame.POLICY_VALIDATION, "login denied");
            return;
        }
        sessions.forEach((other, otherSession) -> {
            if (other != connection && otherSession.loggedIn) {
                takeOver(other);
            }
        });
        session.loggedIn = true;
        respond(connection, session, "ADMIN", "LOGIN", id, 0, "server=standin-1;status=NP");
    }

    private void takeOver(WebSocket connection) {
        Session session = sessions.get(connection);
        ObjectNode root = JSON.createObjectNode();
        root.putArray("notify").addObject().put("service", "ADMIN").put("timestamp", System.currentTimeMillis())
                .putObject("content").put("code", 12).put("msg", "Connection closed: another connection took over");
        if (session != null) {
            session.loggedIn = false;
            send(connection, session, root.toString());
        }
        connection.close(CloseFrame.NORMAL, "code 12");
    }

    private synchronized Integer scriptedCode(String command) {
        Failure next = scriptedFailures.peek();
        if (next != null && next.command().equals(command)) {
            scriptedFailures.poll();
            return next.code();
        }
        return null;
    }

    private int sendData(String service, String symbol, ObjectNode item) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode data = root.putArray("data");
        ObjectNode entry = data.addObject().put("service", service).put("timestamp", System.currentTimeMillis())
                .put("command", "SUBS");
        entry.putArray("content").add(item);
        String frame = root.toString();
        List<WebSocket> receivers = new ArrayList<>();
        sessions.forEach((connection, session) -> {
            if (session.loggedIn && session.subscribed.getOrDefault(service, Set.of()).contains(symbol)) {
                if (send(connection, session, frame)) {
                    receivers.add(connection);
                }
            }
        });
        return receivers.size();
    }

    private void heartbeat() {
        String frame = "{\"notify\":[{\"heartbeat\":\"" + System.currentTimeMillis() + "\"}]}";
        sessions.forEach((connection, session) -> {
            if (session.loggedIn) {
                send(connection, session, frame);
            }
        });
    }

    private void respond(WebSocket connection, Session session, String service, String command, String id, int code,
                         String message) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("response").addObject().put("service", service).put("command", command).put("requestid", id)
                .put("SchwabClientCorrelId", StandInSchwab.STREAMER_CORREL_ID)
                .put("timestamp", System.currentTimeMillis())
                .putObject("content").put("code", code).put("msg", message);
        send(connection, session, root.toString());
    }

    private static boolean send(WebSocket connection, Session session, String frame) {
        if (session == null || session.silent || !connection.isOpen()) {
            return false;
        }
        connection.send(frame);
        return true;
    }

    private static boolean ascending(String fields) {
        int[] numbers = Arrays.stream(fields.split(",")).mapToInt(Integer::parseInt).toArray();
        for (int i = 1; i < numbers.length; i++) {
            if (numbers[i] <= numbers[i - 1]) {
                return false;
            }
        }
        return numbers.length > 0;
    }
}
