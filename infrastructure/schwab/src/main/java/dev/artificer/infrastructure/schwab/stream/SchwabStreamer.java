package dev.artificer.infrastructure.schwab.stream;

import dev.artificer.component.market.Symbol;
import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import dev.artificer.infrastructure.schwab.error.ReloginRequiredException;
import dev.artificer.infrastructure.schwab.error.SchwabApiException;
import dev.artificer.infrastructure.schwab.error.StreamerException;
import dev.artificer.infrastructure.schwab.error.StreamerLoginDeniedException;
import dev.artificer.infrastructure.schwab.http.AccessTokenSource;
import dev.artificer.infrastructure.schwab.trader.StreamerInfo;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Schwab streamer client: holds the user's one streamer connection, logs in with the access token, keeps the
 * caller's subscriptions (level-one quotes, one-minute candles) and hands typed events to a {@link StreamListener}.
 *
 * <p>It keeps the stream alive on its own: a connection silent for longer than the heartbeat timeout is replaced;
 * a lost connection is reopened after a jittered exponential backoff; a LOGIN denied (code 3) is retried with a
 * freshly refreshed token; every new login subscribes everything again. A connection lost while nothing is
 * subscribed (e.g. after code 30 STOP_STREAMING) is reopened at the next subscription. Code 12 (another
 * connection took over) is reported once and ends the stream, so two clients never take the connection from each
 * other in a loop.
 * Built with {@link #builder()}; runs from {@link #start()} until {@link #close()}. Thread-safe.
 */
public final class SchwabStreamer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SchwabStreamer.class);
    private static final int EXCERPT = 120;

    private final StreamerInfo info;
    private final AccessTokenSource tokens;
    private final StreamListener listener;
    private final StreamerSettings settings;
    private final HttpClient http;
    private final ScheduledExecutorService timer;
    private final FrameParser parser;
    private final StreamRequests requests;
    private final Backoff backoff;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ListenerDispatch dispatch;
    private final StreamConnection.Events events = new ConnectionEvents();

    private volatile StreamConnection connection;
    private StreamConnection readingFrom;
    private String tokenInUse;
    private boolean started;
    private boolean running;
    private boolean loggedIn;
    private boolean reconnectPending;
    private boolean dormant;
    private int denials;

    private SchwabStreamer(Builder builder) {
        this.info = builder.info;
        this.tokens = builder.tokens;
        this.listener = builder.listener;
        this.settings = builder.settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("schwab-streamer")
                .factory());
        this.parser = new FrameParser(settings.chartLayout());
        this.dispatch = new ListenerDispatch(listener, this::respond);
        this.requests = new StreamRequests(info);
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff(), settings.jitterFactor(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * A builder; the streamer info, the token source and the listener are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Connects and logs in, in the background; events and status changes go to the listener.
     *
     * @throws IllegalStateException when the streamer was started before (a streamer runs once)
     */
    public void start() {
        synchronized (this) {
            if (started) {
                throw new IllegalStateException("this streamer was started already; build a new one to stream again");
            }
            started = true;
            running = true;
        }
        long period = Math.max(10, settings.heartbeatTimeout().toMillis() / 5);
        timer.scheduleWithFixedDelay(this::watch, period, period, TimeUnit.MILLISECONDS);
        timer.execute(() -> connect(null));
    }

    /**
     * Subscribes symbols to a service, now when logged in, else at the next login; symbols already subscribed
     * are left as they are. A stream that lost its connection while nothing was subscribed reconnects now.
     *
     * @param service the service
     * @param symbols the symbols
     */
    public void subscribe(StreamService service, Collection<Symbol> symbols) {
        boolean wake;
        synchronized (this) {
            boolean first = subscriptions.of(service).isEmpty();
            List<Symbol> added = subscriptions.add(service, symbols);
            if (loggedIn && !added.isEmpty()) {
                connection.send(requests.subscription(service, first ? "SUBS" : "ADD", added));
            }
            wake = dormant && !added.isEmpty();
            dormant = false;
        }
        if (wake) {
            schedule(() -> connect(null), Duration.ZERO);
        }
    }

    /**
     * Unsubscribes symbols from a service.
     *
     * @param service the service
     * @param symbols the symbols
     */
    public void unsubscribe(StreamService service, Collection<Symbol> symbols) {
        synchronized (this) {
            List<Symbol> removed = subscriptions.remove(service, symbols);
            if (loggedIn && !removed.isEmpty()) {
                connection.send(requests.subscription(service, "UNSUBS", removed));
            }
        }
    }

    /**
     * The symbols subscribed to a service, as sent at every login.
     *
     * @param service the service
     * @return the symbols
     */
    public synchronized Set<Symbol> subscriptions(StreamService service) {
        return subscriptions.of(service);
    }

    /** Logs out, closes the connection and stops reconnecting; the listener hears {@link StreamStatus#STOPPED}. */
    @Override
    public void close() {
        StreamConnection closing;
        boolean wasRunning;
        String logout;
        synchronized (this) {
            wasRunning = running;
            running = false;
            closing = connection;
            connection = null;
            logout = loggedIn ? requests.logout() : null;
            loggedIn = false;
        }
        if (closing != null) {
            closing.close(logout);
        }
        timer.shutdownNow();
        http.shutdown();
        if (wasRunning) {
            dispatch.status(StreamStatus.STOPPED, "closed by the caller");
        }
    }

    private void connect(String refreshedToken) {
        String token;
        try {
            token = refreshedToken != null ? refreshedToken : tokens.accessToken();
        } catch (ReloginRequiredException relogin) {
            stop(relogin);
            return;
        } catch (SchwabApiException unavailable) {
            reconnectLater("no access token could be had (" + unavailable.getMessage() + ")");
            return;
        }
        synchronized (this) {
            if (!running) {
                return;
            }
            tokenInUse = token;
        }
        dispatch.status(StreamStatus.CONNECTING, "connecting to " + info.socketUrl());
        synchronized (this) {
            if (running) {
                connection = StreamConnection.open(http, info.socketUrl(), settings.connectTimeout(), events);
            }
        }
    }

    private void loggedIn() {
        synchronized (this) {
            if (connection == null || !running) {
                return;
            }
            loggedIn = true;
            denials = 0;
            backoff.reset();
            subscriptions.all().forEach((service, symbols) ->
                    connection.send(requests.subscription(service, "SUBS", symbols)));
        }
        dispatch.status(StreamStatus.LOGGED_IN, "logged in to " + info.socketUrl());
    }

    private void loginDenied(StreamerResponse response) {
        StreamConnection denied;
        String rejected;
        int count;
        Duration delay;
        synchronized (this) {
            if (!running) {
                return;
            }
            denied = connection;
            connection = null;
            loggedIn = false;
            rejected = tokenInUse;
            count = ++denials;
            delay = count == 1 ? Duration.ZERO : backoff.next();
        }
        if (denied != null) {
            denied.drop();
        }
        String what = ResponseCodes.describe(response);
        if (count > settings.maxLoginDenials()) {
            stop(new StreamerLoginDeniedException(response.code(), what + " (denied " + count
                    + " times in a row, the access token refreshed after each)"));
            return;
        }
        dispatch.status(StreamStatus.DISCONNECTED, what + "; logging in again with a refreshed access token");
        schedule(() -> refreshAndConnect(rejected), delay);
    }

    private void refreshAndConnect(String rejected) {
        String refreshed;
        try {
            refreshed = tokens.refreshAfterRejection(rejected);
        } catch (ReloginRequiredException relogin) {
            stop(relogin);
            return;
        } catch (SchwabApiException unavailable) {
            reconnectLater("the access token could not be refreshed (" + unavailable.getMessage() + ")");
            return;
        }
        connect(refreshed);
    }

    private void replace(StreamConnection stale, String why) {
        synchronized (this) {
            if (connection != stale || !running) {
                return;
            }
            connection = null;
            loggedIn = false;
        }
        stale.drop();
        dispatch.status(StreamStatus.DISCONNECTED, why);
        reconnectLater(why);
    }

    private void reconnectLater(String why) {
        Duration delay;
        int attempt;
        synchronized (this) {
            if (!running || reconnectPending || dormant) {
                return;
            }
            if (subscriptions.all().isEmpty()) {
                dormant = true;
                LOG.info("Schwab streamer: {}; nothing is subscribed, so it reconnects at the next subscription",
                        why);
                return;
            }
            reconnectPending = true;
            delay = backoff.next();
            attempt = backoff.attempts();
        }
        LOG.info("Schwab streamer: {}; reconnecting in {} ms (attempt {})", why, delay.toMillis(), attempt);
        schedule(() -> {
            synchronized (this) {
                reconnectPending = false;
            }
            connect(null);
        }, delay);
    }

    private void stop(SchwabApiException problem) {
        StreamConnection ending;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            ending = connection;
            connection = null;
            loggedIn = false;
        }
        if (ending != null) {
            ending.drop();
        }
        LOG.error("Schwab streamer stopped: {}", problem.getMessage());
        dispatch.problem(problem);
        dispatch.status(StreamStatus.STOPPED, problem.getMessage());
    }

    private void watch() {
        StreamConnection current = connection;
        if (current != null && current.silentFor(settings.heartbeatTimeout())) {
            replace(current, "no message for " + settings.heartbeatTimeout());
        }
    }

    private void schedule(Runnable task, Duration delay) {
        try {
            timer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            LOG.debug("Schwab streamer closed; nothing more is scheduled");
        }
    }

    /** Reacts to a response of the connection whose frame is being read (called under the parser's lock). */
    private void respond(StreamerResponse response) {
        switch (ResponseCodes.reaction(response)) {
            case STOP -> stop(ResponseCodes.exception(response));
            case RELOGIN -> loginDenied(response);
            case LOGGED_IN -> loggedIn();
            case ACKNOWLEDGED -> LOG.debug("Schwab streamer: {}", ResponseCodes.describe(response));
            case NOTE -> LOG.info("Schwab streamer: {}", ResponseCodes.describe(response));
            case UNKNOWN -> LOG.warn("Schwab streamer answered an unknown code: {}", ResponseCodes.describe(response));
            case REPORT, RECONNECT -> {
                StreamerException problem = ResponseCodes.exception(response);
                LOG.warn("Schwab streamer: {}", problem.getMessage());
                dispatch.problem(problem);
                if (ResponseCodes.reaction(response) == ResponseCodes.Reaction.RECONNECT) {
                    replace(readingFrom, problem.getMessage());
                }
            }
        }
    }

    private static String excerpt(CharSequence text) {
        return text.length() <= EXCERPT ? text.toString() : text.subSequence(0, EXCERPT) + "…";
    }

    /** Follows the current connection; reports from a replaced one are ignored. */
    private final class ConnectionEvents implements StreamConnection.Events {

        @Override
        public void opened(StreamConnection opened) {
            synchronized (SchwabStreamer.this) {
                if (opened != connection) {
                    opened.drop();
                    return;
                }
                opened.send(requests.login(tokenInUse));
            }
        }

        @Override
        public void frame(StreamConnection from, CharSequence text) {
            if (from != connection) {
                return;
            }
            synchronized (parser) {
                readingFrom = from;
                try {
                    parser.parse(text, dispatch);
                } catch (MalformedResponseException malformed) {
                    LOG.warn("{}; it began: {}", malformed.getMessage(), excerpt(text));
                }
            }
        }

        @Override
        public void lost(StreamConnection gone, String why) {
            synchronized (SchwabStreamer.this) {
                if (gone != connection || !running) {
                    return;
                }
                connection = null;
                loggedIn = false;
            }
            dispatch.status(StreamStatus.DISCONNECTED, "the connection was " + why);
            reconnectLater("the connection was " + why);
        }
    }

    /** Collects the streamer's parts; {@link #build()} checks them. */
    public static final class Builder {
        private StreamerInfo info;
        private AccessTokenSource tokens;
        private StreamListener listener;
        private StreamerSettings settings = StreamerSettings.defaults();

        private Builder() {
        }

        /**
         * Sets where and as whom to connect, from {@code TraderClient#streamerInfo()}.
         *
         * @param info the streamer info
         * @return this builder
         */
        public Builder streamerInfo(StreamerInfo info) {
            this.info = info;
            return this;
        }

        /**
         * Sets where access tokens come from, e.g. the client's {@code SchwabTokenManager}; a denied LOGIN asks
         * it for a refreshed token.
         *
         * @param tokens the token source
         * @return this builder
         */
        public Builder tokens(AccessTokenSource tokens) {
            this.tokens = tokens;
            return this;
        }

        /**
         * Sets who receives the events.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(StreamListener listener) {
            this.listener = listener;
            return this;
        }

        /**
         * Sets timeouts, backoff and candle layout; defaults to {@link StreamerSettings#defaults()}.
         *
         * @param settings the settings
         * @return this builder
         */
        public Builder settings(StreamerSettings settings) {
            this.settings = settings;
            return this;
        }

        /**
         * Builds the streamer, not yet connected.
         *
         * @return the streamer
         * @throws IllegalStateException naming a missing part
         */
        public SchwabStreamer build() {
            require(info, "streamer info");
            require(tokens, "token source");
            require(listener, "listener");
            require(settings, "settings");
            return new SchwabStreamer(this);
        }

        private static void require(Object part, String name) {
            if (part == null) {
                throw new IllegalStateException("a Schwab streamer needs its " + name);
            }
        }
    }
}
