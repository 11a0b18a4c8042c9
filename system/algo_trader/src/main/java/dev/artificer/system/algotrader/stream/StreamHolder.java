package dev.artificer.system.algotrader.stream;

import java.util.Objects;

/**
 * Who holds the one streamer connection.
 *
 * @param process   the process, e.g. {@code algo-trader service (pid 4242 on desk)}
 * @param quotesUrl where it serves its live quotes over HTTP ({@code GET ?symbols=AAPL,MSFT}), or empty when it
 *                  serves none (a command line process)
 */
public record StreamHolder(String process, String quotesUrl) {

    /** Checks the values. */
    public StreamHolder {
        Objects.requireNonNull(process, "process");
        quotesUrl = quotesUrl == null ? "" : quotesUrl;
    }
}
