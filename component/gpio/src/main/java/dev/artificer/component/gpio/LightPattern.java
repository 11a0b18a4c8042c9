package dev.artificer.component.gpio;

import java.time.Duration;
import java.util.Objects;

/**
 * How a status light shows itself: lit for {@code on}, dark for {@code off}, repeated; a zero
 * {@code off} means the light stays lit.
 *
 * @param on  how long the light is lit in each cycle, positive
 * @param off how long it is dark in each cycle, zero for a steady light
 */
public record LightPattern(Duration on, Duration off) {

    /** Lit without a break. */
    public static final LightPattern STEADY = new LightPattern(Duration.ofSeconds(1), Duration.ZERO);

    /** One second lit, one second dark. */
    public static final LightPattern SLOW_BLINK = new LightPattern(Duration.ofSeconds(1), Duration.ofSeconds(1));

    /** A fifth of a second lit, a fifth dark. */
    public static final LightPattern FAST_BLINK =
            new LightPattern(Duration.ofMillis(200), Duration.ofMillis(200));

    /**
     * Validates the durations.
     *
     * @throws IllegalArgumentException when {@code on} is not positive or {@code off} is negative
     * @throws NullPointerException     when a duration is missing
     */
    public LightPattern {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(off, "off");
        if (!on.isPositive()) {
            throw new IllegalArgumentException("light pattern: on must be positive (got " + on + ")");
        }
        if (off.isNegative()) {
            throw new IllegalArgumentException("light pattern: off must not be negative (got " + off + ")");
        }
    }

    /**
     * Whether the light stays lit rather than blinking.
     *
     * @return true when {@code off} is zero
     */
    public boolean steady() {
        return off.isZero();
    }
}
