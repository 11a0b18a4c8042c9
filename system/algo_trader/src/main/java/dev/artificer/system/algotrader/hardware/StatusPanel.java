package dev.artificer.system.algotrader.hardware;

import java.util.function.Consumer;

/**
 * The StatusPanel port: a light that shows the trader's state, a buzzer for fills and halts, and a push button. The
 * production adapter drives GPIO pins of a Raspberry Pi; the embedded one only logs.
 */
public interface StatusPanel extends AutoCloseable {

    /**
     * What the panel is, for the service's first lines.
     *
     * @return e.g. {@code pi4j GPIO (light BCM 17, button BCM 27, buzzer BCM 22)}
     */
    String description();

    /**
     * Shows a state on the light, replacing what it showed.
     *
     * @param state the state
     */
    void show(PanelState state);

    /**
     * Sounds the buzzer, replacing a sound that is playing.
     *
     * @param sound what to sound
     */
    void sound(PanelSound sound);

    /**
     * Registers the listener of the button's presses (a panel without a button never calls it).
     *
     * @param listener called once per press, on the panel's own thread
     */
    void onPress(Consumer<PanelPress> listener);

    /** Turns the light and buzzer off and releases the hardware. Idempotent. */
    @Override
    void close();
}
