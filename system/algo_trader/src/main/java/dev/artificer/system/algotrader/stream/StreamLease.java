package dev.artificer.system.algotrader.stream;

import java.util.Optional;

/**
 * The one streamer connection a user may have, shared out among processes (a port: a Redis lease when Redis is
 * configured, so a second process never steals the connection; else each process is alone with it).
 */
public interface StreamLease {

    /** Each process on its own: the lease is always granted. */
    StreamLease ALONE = new StreamLease() {
        @Override
        public Optional<StreamHolder> claim(StreamHolder claimant) {
            return Optional.empty();
        }

        @Override
        public void release() {
        }
    };

    /**
     * Takes the lease for this process and keeps it (renewed) until {@link #release}.
     *
     * @param claimant this process, as others are told when they ask
     * @return empty when taken; the holder when another process holds it
     */
    Optional<StreamHolder> claim(StreamHolder claimant);

    /** Gives the lease up, if this process holds it. */
    void release();
}
