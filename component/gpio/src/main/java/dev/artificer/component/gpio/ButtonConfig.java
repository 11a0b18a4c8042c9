package dev.artificer.component.gpio;

import java.time.Duration;
import java.util.Objects;

/**
 * Wiring and timing of a push {@link Button}.
 *
 * <p>A change of the pin counts only once it has held for {@code debounce}; a press becomes a long press
 * when it has held for {@code longPress} after that.
 *
 * @param bcm       the BCM (Broadcom) number of the pin, e.g. 27
 * @param activeLow true when the button connects the pin to ground (internal pull-up, pressed reads low);
 *                  false when it connects the pin to 3.3 V (internal pull-down, pressed reads high)
 * @param debounce  how long a new pin level must hold before it counts, zero or positive
 * @param longPress how long a counted press must hold to be a long press, positive
 */
public record ButtonConfig(int bcm, boolean activeLow, Duration debounce, Duration longPress) {

    /** The debounce of {@link #toGround(int)}. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(50);

    /** The long-press threshold of {@link #toGround(int)}. */
    public static final Duration DEFAULT_LONG_PRESS = Duration.ofSeconds(2);

    /**
     * Validates the configuration.
     *
     * @throws IllegalArgumentException when the pin number or a duration is out of range
     * @throws NullPointerException     when a duration is missing
     */
    public ButtonConfig {
        Objects.requireNonNull(debounce, "debounce");
        Objects.requireNonNull(longPress, "longPress");
        if (bcm < 0) {
            throw new IllegalArgumentException("button: BCM pin number must not be negative (got " + bcm + ")");
        }
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("button: debounce must not be negative (got " + debounce + ")");
        }
        if (!longPress.isPositive()) {
            throw new IllegalArgumentException("button: longPress must be positive (got " + longPress + ")");
        }
    }

    /**
     * A button between the pin and ground, with the default debounce and long-press threshold.
     *
     * @param bcm the BCM number of the pin
     * @return the configuration
     */
    public static ButtonConfig toGround(int bcm) {
        return new ButtonConfig(bcm, true, DEFAULT_DEBOUNCE, DEFAULT_LONG_PRESS);
    }

    /**
     * This configuration with another debounce.
     *
     * @param value how long a new pin level must hold before it counts
     * @return the changed copy
     */
    public ButtonConfig withDebounce(Duration value) {
        return new ButtonConfig(bcm, activeLow, value, longPress);
    }

    /**
     * This configuration with another long-press threshold.
     *
     * @param value how long a counted press must hold to be a long press
     * @return the changed copy
     */
    public ButtonConfig withLongPress(Duration value) {
        return new ButtonConfig(bcm, activeLow, debounce, value);
    }
}
