package dev.artificer.system.algotrader.adapters.hardware;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import dev.artificer.system.algotrader.config.HardwarePins;
import java.time.Duration;

/**
 * The GPIO panel on the default pins over Pi4J's mock digital providers (added explicitly, never auto-detected) and a
 * virtual clock: the test reads the light and buzzer pins and works the button. The button is released at start
 * (the mock input starts LOW, which reads as pressed).
 */
final class MockPanel implements AutoCloseable {

    static final HardwarePins PINS = new HardwarePins(17, 27, 22);

    final VirtualClock clock = new VirtualClock();
    final Context pi4j = mockContext();
    final GpioStatusPanel panel = GpioStatusPanel.open(pi4j, PINS, clock::scheduler);

    MockPanel() {
        button().mockState(DigitalState.HIGH);
        clock.advance(Duration.ofSeconds(1));
    }

    static Context mockContext() {
        return Pi4J.newContextBuilder()
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
                .build();
    }

    boolean lightOn() {
        return pi4j.registry().get("status-light-17", DigitalOutput.class).state() == DigitalState.HIGH;
    }

    boolean buzzing() {
        return pi4j.registry().get("buzzer-22", DigitalOutput.class).state() == DigitalState.HIGH;
    }

    /** Holds the button down (to ground) for the given time, then releases it and lets the release settle. */
    void press(Duration hold) {
        button().mockState(DigitalState.LOW);
        clock.advance(hold);
        button().mockState(DigitalState.HIGH);
        clock.advance(Duration.ofMillis(100));
    }

    private MockDigitalInput button() {
        return pi4j.registry().get("button-27", MockDigitalInput.class);
    }

    @Override
    public void close() {
        panel.close();
    }
}
