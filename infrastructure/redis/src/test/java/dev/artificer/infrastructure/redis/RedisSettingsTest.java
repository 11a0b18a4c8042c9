package dev.artificer.infrastructure.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisSettingsTest {

    @Test
    void defaultsPointAtALocalServer() {
        RedisSettings settings = RedisSettings.builder().build();

        assertThat(settings.host()).isEqualTo("localhost");
        assertThat(settings.port()).isEqualTo(6379);
        assertThat(settings.namespace()).isEqualTo("artificer:");
    }

    @Test
    void passwordNeverAppearsInTheStringForm() {
        RedisSettings settings = RedisSettings.builder().credentials("trader", "hunter2-secret").build();

        assertThat(settings.toString()).doesNotContain("hunter2-secret").contains("password=****");
    }

    @Test
    void blankCredentialsMeanNone() {
        RedisSettings settings = RedisSettings.builder().credentials(" ", "").build();

        assertThat(settings.user()).isNull();
        assertThat(settings.password()).isNull();
    }

    @Test
    void portOutOfRangeIsRejectedWithTheValue() {
        assertThatThrownBy(() -> RedisSettings.builder().port(70_000).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("redis port must be 1-65535 (got 70000)");
    }

    @Test
    void namespaceMustEndWithAColon() {
        assertThatThrownBy(() -> RedisSettings.builder().namespace("algo_trader").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ending in ':'");
    }

    @Test
    void zeroTimeoutIsRejected() {
        assertThatThrownBy(() -> RedisSettings.builder().timeouts(Duration.ZERO, Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connect timeout must be positive");
    }
}
