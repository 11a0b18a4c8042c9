package dev.artificer.infrastructure.schwab.stream;

/** Where a {@link SchwabStreamer}'s connection stands, as reported to {@link StreamListener#onStatus}. */
public enum StreamStatus {
    /** Opening a WebSocket and logging in. */
    CONNECTING,
    /** Logged in; subscriptions are sent. */
    LOGGED_IN,
    /** The connection was lost; a reconnect is scheduled. */
    DISCONNECTED,
    /** The stream ended for good: closed by the caller, taken over (code 12), or the login no longer works. */
    STOPPED
}
