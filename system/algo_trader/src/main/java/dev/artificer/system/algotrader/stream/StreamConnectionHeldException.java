package dev.artificer.system.algotrader.stream;

/** The streamer connection is held by another process, which the one-connection rule leaves it to. */
public final class StreamConnectionHeldException extends RuntimeException {

    private final transient StreamHolder holder;

    /**
     * Creates it.
     *
     * @param holder who holds the connection
     */
    public StreamConnectionHeldException(StreamHolder holder) {
        super("the Schwab streamer connection (one per user) is held by " + holder.process());
        this.holder = holder;
    }

    /**
     * Who holds the connection.
     *
     * @return the holder
     */
    public StreamHolder holder() {
        return holder;
    }
}
