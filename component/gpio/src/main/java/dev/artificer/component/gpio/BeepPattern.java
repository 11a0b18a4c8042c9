package dev.artificer.component.gpio;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A finite sequence of beeps for a {@link Buzzer}.
 *
 * @param beeps the beeps in order, at least one
 */
public record BeepPattern(List<Beep> beeps) {

    /**
     * One beep and the silence after it.
     *
     * @param length how long the buzzer sounds, positive
     * @param pause  how long it is silent afterwards, zero or positive
     */
    public record Beep(Duration length, Duration pause) {

        /**
         * Validates the durations.
         *
         * @throws IllegalArgumentException when {@code length} is not positive or {@code pause} is negative
         * @throws NullPointerException     when a duration is missing
         */
        public Beep {
            Objects.requireNonNull(length, "length");
            Objects.requireNonNull(pause, "pause");
            if (!length.isPositive()) {
                throw new IllegalArgumentException("beep: length must be positive (got " + length + ")");
            }
            if (pause.isNegative()) {
                throw new IllegalArgumentException("beep: pause must not be negative (got " + pause + ")");
            }
        }
    }

    /**
     * Validates and copies the beeps.
     *
     * @throws IllegalArgumentException when there are no beeps
     * @throws NullPointerException     when the list or a beep is missing
     */
    public BeepPattern {
        beeps = List.copyOf(beeps);
        if (beeps.isEmpty()) {
            throw new IllegalArgumentException("beep pattern: needs at least one beep");
        }
    }

    /**
     * The same beep several times, each followed by the same pause.
     *
     * @param count  how many beeps, at least one
     * @param length how long each beep sounds
     * @param pause  the silence after each beep
     * @return the pattern
     */
    public static BeepPattern repeat(int count, Duration length, Duration pause) {
        if (count < 1) {
            throw new IllegalArgumentException("beep pattern: count must be at least 1 (got " + count + ")");
        }
        return new BeepPattern(Collections.nCopies(count, new Beep(length, pause)));
    }
}
