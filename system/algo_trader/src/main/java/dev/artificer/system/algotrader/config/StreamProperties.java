package dev.artificer.system.algotrader.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The live market's settings: whether it streams, and the Schwab streamer's watchdog and reconnect backoff.
 *
 * @param enabled          whether the live market streams at all
 * @param heartbeatTimeout a connection from which nothing arrived for this long is replaced
 * @param initialBackoff   the first delay before reconnecting, doubled after each failed attempt
 * @param maxBackoff       the longest delay between attempts
 */
@ConfigurationProperties("algo-trader.stream")
public record StreamProperties(boolean enabled, Duration heartbeatTimeout, Duration initialBackoff,
                               Duration maxBackoff) {

    /** Validates the durations, naming the variable that is out of range. */
    public StreamProperties {
        InvalidSettingException.requirePositive(Setting.STREAM_HEARTBEAT_TIMEOUT, heartbeatTimeout);
        InvalidSettingException.requirePositive(Setting.STREAM_INITIAL_BACKOFF, initialBackoff);
        InvalidSettingException.requirePositive(Setting.STREAM_MAX_BACKOFF, maxBackoff);
        if (initialBackoff.compareTo(maxBackoff) > 0) {
            throw InvalidSettingException.of(Setting.STREAM_INITIAL_BACKOFF, initialBackoff.toString());
        }
    }
}
