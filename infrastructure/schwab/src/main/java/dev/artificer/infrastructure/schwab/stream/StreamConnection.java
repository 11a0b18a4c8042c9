package dev.artificer.infrastructure.schwab.stream;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One WebSocket to the streamer over the JDK's {@link WebSocket}: joins a frame's parts, hands whole frames on,
 * sends requests one after another, remembers when it last heard anything (for the watchdog) and reports its
 * loss once, whether the streamer closed it, it failed, or it was dropped.
 */
final class StreamConnection implements WebSocket.Listener {

    /** What a connection reports to its owner. */
    interface Events {
        /** The handshake completed. */
        void opened(StreamConnection connection);

        /** A whole text frame arrived; the text is only valid during the call. */
        void frame(StreamConnection connection, CharSequence text);

        /** The connection is gone; called at most once. */
        void lost(StreamConnection connection, String why);
    }

    private final Events events;
    private final StringBuilder partial = new StringBuilder(4096);
    private final AtomicBoolean gone = new AtomicBoolean();
    private volatile long lastHeardNanos = System.nanoTime();
    private volatile WebSocket socket;
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

    private StreamConnection(Events events) {
        this.events = events;
    }

    /**
     * Starts the handshake; the outcome arrives as {@link Events#opened} or {@link Events#lost}.
     *
     * @param http    the client that opens WebSockets
     * @param url     the streamer's URL
     * @param timeout the handshake's timeout
     * @param events  the owner
     * @return the connection being opened
     */
    static StreamConnection open(HttpClient http, URI url, Duration timeout, Events events) {
        StreamConnection connection = new StreamConnection(events);
        http.newWebSocketBuilder().connectTimeout(timeout).buildAsync(url, connection)
                .whenComplete((socket, failure) -> {
                    if (failure != null) {
                        connection.lose("cannot connect to " + url + " (" + reason(failure) + ")");
                    }
                });
        return connection;
    }

    /**
     * Sends one request after the earlier ones.
     *
     * @param text the request's JSON
     */
    synchronized void send(String text) {
        WebSocket open = socket;
        if (open == null || gone.get()) {
            return;
        }
        sending = sending.thenCompose(ignored -> open.sendText(text, true))
                .whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        lose("a send failed (" + reason(failure) + ")");
                    }
                });
    }

    /**
     * Whether nothing arrived for at least this long.
     *
     * @param silence the longest allowed silence
     * @return true when the connection has been silent for longer
     */
    boolean silentFor(Duration silence) {
        return System.nanoTime() - lastHeardNanos >= silence.toNanos();
    }

    /**
     * Drops the connection at once, without the closing handshake; reports nothing to the owner.
     */
    void drop() {
        gone.set(true);
        WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
    }

    /**
     * Sends a last request (e.g. LOGOUT), then the closing handshake, then drops the connection.
     *
     * @param lastRequest the request, or null
     */
    void close(String lastRequest) {
        if (lastRequest != null) {
            send(lastRequest);
        }
        WebSocket open = socket;
        gone.set(true);
        if (open != null) {
            CompletableFuture<?> queued;
            synchronized (this) {
                queued = sending;
            }
            queued.thenCompose(ignored -> open.sendClose(WebSocket.NORMAL_CLOSURE, "bye"))
                    .orTimeout(1, TimeUnit.SECONDS)
                    .whenComplete((ignored, failure) -> open.abort());
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        if (gone.get()) {
            webSocket.abort();
            return;
        }
        heard();
        webSocket.request(1);
        events.opened(this);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        heard();
        partial.append(data);
        if (last) {
            try {
                if (!gone.get()) {
                    events.frame(this, partial);
                }
            } finally {
                partial.setLength(0);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        heard();
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        heard();
        return WebSocket.Listener.super.onPing(webSocket, message);
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        heard();
        return WebSocket.Listener.super.onPong(webSocket, message);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        lose("closed by the streamer (" + statusCode + (reason.isBlank() ? "" : " " + reason) + ")");
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        lose("failed (" + reason(error) + ")");
    }

    private void heard() {
        lastHeardNanos = System.nanoTime();
    }

    private void lose(String why) {
        if (gone.compareAndSet(false, true)) {
            WebSocket open = socket;
            if (open != null) {
                open.abort();
            }
            events.lost(this, why);
        }
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst()
                .orElse(""));
    }
}
