package dev.artificer.system.algotrader.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StreamPropertiesTest {

    @Test
    void theDefaultsOfTheSettingsTableAreValid() {
        StreamProperties defaults = new StreamProperties(Boolean.parseBoolean(Setting.STREAM_ENABLED.defaultValue()),
                Duration.parse(Setting.STREAM_HEARTBEAT_TIMEOUT.defaultValue()),
                Duration.parse(Setting.STREAM_INITIAL_BACKOFF.defaultValue()),
                Duration.parse(Setting.STREAM_MAX_BACKOFF.defaultValue()));

        assertThat(defaults).isEqualTo(new StreamProperties(true, Duration.ofSeconds(30), Duration.ofMillis(500),
                Duration.ofSeconds(60)));
    }

    @Test
    void aZeroHeartbeatTimeoutIsRejectedNamingTheVariable() {
        assertThatThrownBy(() -> new StreamProperties(true, Duration.ZERO, Duration.ofSeconds(1),
                Duration.ofSeconds(60)))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("invalid configuration: ALGO_TRADER_STREAM_HEARTBEAT_TIMEOUT = 'PT0S'");
    }

    @Test
    void anInitialBackoffLongerThanTheMaximumIsRejectedNamingTheVariable() {
        assertThatThrownBy(() -> new StreamProperties(true, Duration.ofSeconds(30), Duration.ofMinutes(2),
                Duration.ofSeconds(60)))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("invalid configuration: ALGO_TRADER_STREAM_INITIAL_BACKOFF = 'PT2M'");
    }
}
