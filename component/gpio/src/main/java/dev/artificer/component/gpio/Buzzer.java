package dev.artificer.component.gpio;

import com.pi4j.context.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An active buzzer on one GPIO pin, driven high to sound: single beeps and {@link BeepPattern}s.
 *
 * <p>Beeps are timed by the buzzer's own scheduler thread, which {@link #close()} stops before it
 * silences the buzzer and releases the pin. Starting a beep or pattern replaces one that is playing.
 */
public final class Buzzer implements AutoCloseable {

    private final TimedOutput output;

    private Buzzer(TimedOutput output) {
        this.output = output;
    }

    /**
     * A buzzer on the given pin with its own scheduler thread. The pin's Pi4J id is {@code buzzer-<bcm>}.
     *
     * @param pi4j the Pi4J context that provides digital outputs
     * @param bcm  the BCM (Broadcom) number of the pin, e.g. 22
     * @return the buzzer, silent
     */
    public static Buzzer create(Context pi4j, int bcm) {
        return create(pi4j, bcm, Scheduler.singleThread("buzzer-" + bcm));
    }

    /**
     * A buzzer on the given pin timed by the given scheduler, which the buzzer then owns and closes.
     *
     * @param pi4j      the Pi4J context that provides digital outputs
     * @param bcm       the BCM number of the pin
     * @param scheduler the source of beep timing
     * @return the buzzer, silent
     */
    public static Buzzer create(Context pi4j, int bcm, Scheduler scheduler) {
        return new Buzzer(TimedOutput.open(pi4j, "buzzer-" + bcm, bcm, scheduler));
    }

    /**
     * Sounds the buzzer once; returns at once.
     *
     * @param length how long to sound, positive
     */
    public void beep(Duration length) {
        play(new BeepPattern(List.of(new BeepPattern.Beep(length, Duration.ZERO))));
    }

    /**
     * Plays the beeps in order and falls silent after the last pause; returns at once.
     *
     * @param pattern the beeps to play
     */
    public void play(BeepPattern pattern) {
        List<TimedOutput.Step> steps = new ArrayList<>();
        for (BeepPattern.Beep beep : pattern.beeps()) {
            steps.add(new TimedOutput.Step(true, beep.length()));
            steps.add(new TimedOutput.Step(false, beep.pause()));
        }
        output.follow(steps, false);
    }

    /** Stops a beep or pattern that is playing. */
    public void silence() {
        output.hold(false);
    }

    /** Stops the scheduler thread, silences the buzzer and releases the pin. Idempotent. */
    @Override
    public void close() {
        output.close();
    }
}
