package dev.artificer.component.gpio;

import com.pi4j.context.Context;
import java.util.List;

/**
 * A status LED on one GPIO pin, driven high to light it: on, off, or blinking in a {@link LightPattern}.
 *
 * <p>Blinking runs on the light's own scheduler thread, which {@link #close()} stops before it turns
 * the light off and releases the pin. The methods may be called from any thread; each takes effect at
 * once and replaces whatever the light was doing.
 */
public final class StatusLight implements AutoCloseable {

    private final TimedOutput output;

    private StatusLight(TimedOutput output) {
        this.output = output;
    }

    /**
     * A light on the given pin with its own scheduler thread. The pin's Pi4J id is {@code status-light-<bcm>}.
     *
     * @param pi4j the Pi4J context that provides digital outputs
     * @param bcm  the BCM (Broadcom) number of the pin, e.g. 17
     * @return the light, initially off
     */
    public static StatusLight create(Context pi4j, int bcm) {
        return create(pi4j, bcm, Scheduler.singleThread("status-light-" + bcm));
    }

    /**
     * A light on the given pin driven by the given scheduler, which the light then owns and closes.
     *
     * @param pi4j      the Pi4J context that provides digital outputs
     * @param bcm       the BCM number of the pin
     * @param scheduler the source of blink timing
     * @return the light, initially off
     */
    public static StatusLight create(Context pi4j, int bcm, Scheduler scheduler) {
        return new StatusLight(TimedOutput.open(pi4j, "status-light-" + bcm, bcm, scheduler));
    }

    /** Lights the light steadily. */
    public void on() {
        output.hold(true);
    }

    /** Turns the light off. */
    public void off() {
        output.hold(false);
    }

    /**
     * Shows the pattern, starting with the lit part of its cycle.
     *
     * @param pattern how to blink, or {@link LightPattern#STEADY}
     */
    public void show(LightPattern pattern) {
        if (pattern.steady()) {
            on();
            return;
        }
        output.follow(List.of(new TimedOutput.Step(true, pattern.on()), new TimedOutput.Step(false, pattern.off())),
                true);
    }

    /** Stops blinking and the scheduler thread, turns the light off and releases the pin. Idempotent. */
    @Override
    public void close() {
        output.close();
    }
}
