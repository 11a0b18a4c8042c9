package dev.artificer.component.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigValidationTest {

    @Test
    void lightPatternWithZeroOffIsSteady() {
        assertThat(new LightPattern(Duration.ofMillis(5), Duration.ZERO).steady()).isTrue();
        assertThat(LightPattern.SLOW_BLINK.steady()).isFalse();
    }

    @Test
    void lightPatternRejectsAZeroOnDuration() {
        assertThatThrownBy(() -> new LightPattern(Duration.ZERO, Duration.ofMillis(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("on must be positive");
    }

    @Test
    void lightPatternRejectsANegativeOffDuration() {
        assertThatThrownBy(() -> new LightPattern(Duration.ofMillis(5), Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("off must not be negative");
    }

    @Test
    void beepRejectsAZeroLength() {
        assertThatThrownBy(() -> new BeepPattern.Beep(Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length must be positive");
    }

    @Test
    void beepPatternRejectsAnEmptyList() {
        assertThatThrownBy(() -> new BeepPattern(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one beep");
    }

    @Test
    void repeatRejectsACountBelowOne() {
        assertThatThrownBy(() -> BeepPattern.repeat(0, Duration.ofMillis(5), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count must be at least 1");
    }

    @Test
    void buttonToGroundIsActiveLowWithTheDefaultTimings() {
        ButtonConfig config = ButtonConfig.toGround(27);

        assertThat(config.activeLow()).isTrue();
        assertThat(config.debounce()).isEqualTo(ButtonConfig.DEFAULT_DEBOUNCE);
        assertThat(config.longPress()).isEqualTo(ButtonConfig.DEFAULT_LONG_PRESS);
    }

    @Test
    void buttonRejectsANegativeBcmNumber() {
        assertThatThrownBy(() -> ButtonConfig.toGround(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BCM pin number");
    }

    @Test
    void buttonRejectsANegativeDebounce() {
        assertThatThrownBy(() -> ButtonConfig.toGround(27).withDebounce(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("debounce must not be negative");
    }

    @Test
    void buttonRejectsAZeroLongPress() {
        assertThatThrownBy(() -> ButtonConfig.toGround(27).withLongPress(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longPress must be positive");
    }
}
