package dev.artificer.component.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;

/** A Pi4J context on the mock plugin's digital providers, and access to the pins the parts create. */
final class MockPins implements AutoCloseable {

    private final Context pi4j = Pi4J.newContextBuilder()
            .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
            .build();

    Context context() {
        return pi4j;
    }

    DigitalState output(String id) {
        return pi4j.registry().get(id, DigitalOutput.class).state();
    }

    MockDigitalInput input(String id) {
        return pi4j.registry().get(id, MockDigitalInput.class);
    }

    boolean exists(String id) {
        return pi4j.registry().exists(id);
    }

    @Override
    public void close() {
        pi4j.shutdown();
    }
}
