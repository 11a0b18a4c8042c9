package dev.artificer.component.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.time.Duration;
import java.util.List;

/**
 * An active-high digital output that is switched on or off at once or follows a timed sequence of
 * steps, once or in a loop. Shared by the status light and the buzzer.
 *
 * <p>Every change starts a new run; a step of an older run that was already due when the change came
 * sees a stale run number and does nothing, so a cancelled sequence never touches the pin again.
 */
final class TimedOutput implements AutoCloseable {

    /** One step of a sequence: the pin level and how long it is held. */
    record Step(boolean on, Duration duration) {
    }

    private final DigitalOutput output;
    private final Scheduler scheduler;
    private long run;
    private Scheduler.Cancellable pending;
    private boolean closed;

    private TimedOutput(DigitalOutput output, Scheduler scheduler) {
        this.output = output;
        this.scheduler = scheduler;
    }

    /**
     * Creates the output pin, initially and finally low, driven by the scheduler it takes over.
     */
    static TimedOutput open(Context pi4j, String id, int bcm, Scheduler scheduler) {
        if (bcm < 0) {
            throw new IllegalArgumentException("BCM pin number must not be negative (got " + bcm + ")");
        }
        DigitalOutput output = pi4j.dout().create(DigitalOutput.newConfigBuilder(pi4j)
                .id(id)
                .name(id)
                .bcm(bcm)
                .onState(DigitalState.HIGH)
                .initial(DigitalState.LOW)
                .shutdown(DigitalState.LOW)
                .build());
        return new TimedOutput(output, scheduler);
    }

    /** Stops any sequence and holds the pin at the given level. */
    synchronized void hold(boolean on) {
        stop();
        write(on);
    }

    /** Stops any sequence and starts the given one; a finite one leaves the pin at its last step's level. */
    synchronized void follow(List<Step> steps, boolean loop) {
        stop();
        enter(List.copyOf(steps), 0, loop, run);
    }

    private void enter(List<Step> steps, int index, boolean loop, long ofRun) {
        if (ofRun != run) {
            return;
        }
        if (index == steps.size() && !loop) {
            pending = null;
            return;
        }
        int current = index % steps.size();
        Step step = steps.get(current);
        write(step.on());
        pending = scheduler.schedule(step.duration(), () -> next(steps, current + 1, loop, ofRun));
    }

    private synchronized void next(List<Step> steps, int index, boolean loop, long ofRun) {
        enter(steps, index, loop, ofRun);
    }

    private void stop() {
        if (closed) {
            throw new IllegalStateException(output.id() + " is closed");
        }
        run++;
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    private void write(boolean on) {
        output.state(on ? DigitalState.HIGH : DigitalState.LOW);
    }

    /** Stops the sequence and the scheduler, drives the pin low and releases it. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            stop();
            closed = true;
        }
        scheduler.close();
        write(false);
        output.close();
    }
}
