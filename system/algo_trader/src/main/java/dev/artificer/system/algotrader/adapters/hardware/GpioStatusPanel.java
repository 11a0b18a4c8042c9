package dev.artificer.system.algotrader.adapters.hardware;

import com.pi4j.context.Context;
import dev.artificer.component.gpio.BeepPattern;
import dev.artificer.component.gpio.Button;
import dev.artificer.component.gpio.ButtonConfig;
import dev.artificer.component.gpio.ButtonPress;
import dev.artificer.component.gpio.Buzzer;
import dev.artificer.component.gpio.LightPattern;
import dev.artificer.component.gpio.Scheduler;
import dev.artificer.component.gpio.StatusLight;
import dev.artificer.system.algotrader.config.HardwarePins;
import dev.artificer.system.algotrader.hardware.PanelPress;
import dev.artificer.system.algotrader.hardware.PanelSound;
import dev.artificer.system.algotrader.hardware.PanelState;
import dev.artificer.system.algotrader.hardware.StatusPanel;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The StatusPanel on a Raspberry Pi's GPIO pins through Pi4J (the {@code gpio} component): a status light, a
 * push button to ground (debounced, long press after two seconds) and an active buzzer. It owns the Pi4J context it
 * is given and shuts it down on {@link #close()}; after that, calls do nothing.
 */
public final class GpioStatusPanel implements StatusPanel {

    /** How long each beep of a {@link PanelSound} sounds, and the silence after it. */
    private static final Duration BEEP = Duration.ofMillis(150);

    private final Context pi4j;
    private final HardwarePins pins;
    private final StatusLight light;
    private final Button button;
    private final Buzzer buzzer;
    private boolean closed;

    private GpioStatusPanel(Context pi4j, HardwarePins pins, StatusLight light, Button button, Buzzer buzzer) {
        this.pi4j = pi4j;
        this.pins = pins;
        this.light = light;
        this.button = button;
        this.buzzer = buzzer;
    }

    /**
     * Opens the three parts, each timed by its own thread.
     *
     * @param pi4j a context with digital input and output providers; the panel owns it
     * @param pins the BCM numbers of the parts
     * @return the panel, light off and buzzer silent
     */
    public static GpioStatusPanel open(Context pi4j, HardwarePins pins) {
        return open(pi4j, pins, Scheduler::singleThread);
    }

    /**
     * Opens the three parts, each timed by a scheduler from the given source (tests give virtual clocks).
     *
     * @param pi4j       a context with digital input and output providers; the panel owns it
     * @param pins       the BCM numbers of the parts
     * @param schedulers a new scheduler for the part of the given name; the part owns it
     * @return the panel, light off and buzzer silent
     */
    public static GpioStatusPanel open(Context pi4j, HardwarePins pins, Function<String, Scheduler> schedulers) {
        StatusLight light = StatusLight.create(pi4j, pins.led(), schedulers.apply("panel-light"));
        try {
            Button button = Button.create(pi4j, ButtonConfig.toGround(pins.button()), schedulers.apply("panel-button"));
            try {
                return new GpioStatusPanel(pi4j, pins, light, button,
                        Buzzer.create(pi4j, pins.buzzer(), schedulers.apply("panel-buzzer")));
            } catch (RuntimeException failure) {
                button.close();
                throw failure;
            }
        } catch (RuntimeException failure) {
            light.close();
            throw failure;
        }
    }

    @Override
    public String description() {
        return "pi4j GPIO (light BCM " + pins.led() + ", button BCM " + pins.button() + ", buzzer BCM " + pins.buzzer()
                + ")";
    }

    @Override
    public synchronized void show(PanelState state) {
        if (closed) {
            return;
        }
        switch (state.light()) {
            case OFF -> light.off();
            case STEADY -> light.show(LightPattern.STEADY);
            case SLOW_BLINK -> light.show(LightPattern.SLOW_BLINK);
            case FAST_BLINK -> light.show(LightPattern.FAST_BLINK);
        }
    }

    @Override
    public synchronized void sound(PanelSound sound) {
        if (!closed) {
            buzzer.play(BeepPattern.repeat(sound.beeps(), BEEP, BEEP));
        }
    }

    @Override
    public void onPress(Consumer<PanelPress> listener) {
        button.addListener(press -> listener.accept(press == ButtonPress.LONG ? PanelPress.LONG : PanelPress.SHORT));
    }

    /** Turns the light off, silences the buzzer, releases the pins and shuts the Pi4J context down. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        button.close();
        light.close();
        buzzer.close();
        pi4j.shutdown();
    }
}
