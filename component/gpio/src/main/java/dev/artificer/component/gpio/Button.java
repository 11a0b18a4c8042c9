package dev.artificer.component.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeListener;
import com.pi4j.io.gpio.digital.PullResistance;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A debounced push button on one GPIO pin that reports each press once, as {@link ButtonPress#SHORT}
 * or {@link ButtonPress#LONG}, to the registered {@link ButtonListener}s.
 *
 * <p>Every level change of the pin (re)starts a debounce timer; the new level counts when the timer
 * runs out without another change. A counted press starts the long-press timer; a release that began
 * before the threshold and then settles makes a short press even if it settles after the threshold. A
 * button already held when the object is created reports nothing for that press. Timers run, and listeners are called, on
 * the button's own scheduler thread, which {@link #close()} stops.
 */
public final class Button implements AutoCloseable {

    private final DigitalInput input;
    private final ButtonConfig config;
    private final Scheduler scheduler;
    private final List<ButtonListener> listeners = new CopyOnWriteArrayList<>();
    private final DigitalStateChangeListener edgeListener = event -> edge(event.state());
    private boolean rawPressed;
    private boolean pressed;
    private boolean pressReported = true;
    private boolean longPressDue;
    private boolean closed;
    private long edges;
    private long presses;
    private Scheduler.Cancellable settleTimer;
    private Scheduler.Cancellable longPressTimer;

    private Button(DigitalInput input, ButtonConfig config, Scheduler scheduler) {
        this.input = input;
        this.config = config;
        this.scheduler = scheduler;
        this.rawPressed = isPressed(input.state());
        this.pressed = rawPressed;
    }

    /**
     * A button with its own scheduler thread. The pin's Pi4J id is {@code button-<bcm>}.
     *
     * @param pi4j   the Pi4J context that provides digital inputs
     * @param config the pin, wiring and timing
     * @return the button, listening to its pin
     */
    public static Button create(Context pi4j, ButtonConfig config) {
        return create(pi4j, config, Scheduler.singleThread("button-" + config.bcm()));
    }

    /**
     * A button timed by the given scheduler, which the button then owns and closes.
     *
     * @param pi4j      the Pi4J context that provides digital inputs
     * @param config    the pin, wiring and timing
     * @param scheduler the source of debounce and long-press timing
     * @return the button, listening to its pin
     */
    public static Button create(Context pi4j, ButtonConfig config, Scheduler scheduler) {
        String id = "button-" + config.bcm();
        DigitalInput input = pi4j.din().create(DigitalInput.newConfigBuilder(pi4j)
                .id(id)
                .name(id)
                .bcm(config.bcm())
                .pull(config.activeLow() ? PullResistance.PULL_UP : PullResistance.PULL_DOWN)
                .build());
        Button button = new Button(input, config, scheduler);
        input.addListener(button.edgeListener);
        return button;
    }

    /**
     * Registers a listener for the presses that follow.
     *
     * @param listener called once per press
     */
    public void addListener(ButtonListener listener) {
        listeners.add(listener);
    }

    /**
     * Unregisters a listener; it hears no press reported after this returns.
     *
     * @param listener a listener given to {@link #addListener}
     */
    public void removeListener(ButtonListener listener) {
        listeners.remove(listener);
    }

    private boolean isPressed(DigitalState state) {
        return state == (config.activeLow() ? DigitalState.LOW : DigitalState.HIGH);
    }

    private synchronized void edge(DigitalState state) {
        if (closed) {
            return;
        }
        rawPressed = isPressed(state);
        long edge = ++edges;
        cancel(settleTimer);
        settleTimer = scheduler.schedule(config.debounce(), () -> settle(edge));
    }

    private void settle(long edge) {
        Optional<ButtonPress> press = Optional.empty();
        synchronized (this) {
            if (closed || edge != edges) {
                return;
            }
            if (rawPressed && !pressed) {
                pressed = true;
                startPress();
            } else if (!rawPressed && pressed) {
                pressed = false;
                cancel(longPressTimer);
                press = unreported(ButtonPress.SHORT);
            } else if (pressed && longPressDue) {
                press = unreported(ButtonPress.LONG);
            }
        }
        press.ifPresent(this::report);
    }

    private void startPress() {
        pressReported = false;
        longPressDue = false;
        long press = ++presses;
        longPressTimer = scheduler.schedule(config.longPress(), () -> longPressElapsed(press));
    }

    private void longPressElapsed(long press) {
        synchronized (this) {
            if (closed || press != presses || pressReported) {
                return;
            }
            if (!rawPressed) {
                // A release is settling: if it holds, the press ended before the threshold; if it
                // was only bounce, settle() reports the long press.
                longPressDue = true;
                return;
            }
            pressReported = true;
        }
        report(ButtonPress.LONG);
    }

    private Optional<ButtonPress> unreported(ButtonPress press) {
        if (pressReported) {
            return Optional.empty();
        }
        pressReported = true;
        return Optional.of(press);
    }

    private void report(ButtonPress press) {
        listeners.forEach(listener -> listener.pressed(press));
    }

    private static void cancel(Scheduler.Cancellable timer) {
        if (timer != null) {
            timer.cancel();
        }
    }

    /** Stops listening to the pin and the scheduler thread and releases the pin. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            cancel(settleTimer);
            cancel(longPressTimer);
        }
        input.removeListener(edgeListener);
        scheduler.close();
        input.close();
    }
}
