package dev.artificer.system.algotrader.adapters.hardware;

import com.pi4j.context.Context;
import com.pi4j.io.IOType;
import dev.artificer.system.algotrader.config.HardwareMode;
import dev.artificer.system.algotrader.config.HardwarePins;
import dev.artificer.system.algotrader.hardware.StatusPanel;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the StatusPanel that {@code ALGO_TRADER_HARDWARE} asks for: {@code off}, or {@code auto} on anything but a
 * Raspberry Pi, gives the logging panel without touching Pi4J; {@code pi4j} opens the GPIO panel or fails with one
 * line; {@code auto} on a Raspberry Pi tries the GPIO panel and falls back to the logging one, with a warning, when
 * Pi4J has no GPIO provider or the pins cannot be opened.
 */
public final class StatusPanels {

    private static final Logger LOG = LoggerFactory.getLogger(StatusPanels.class);
    private static final String SEE_README = "see 'Hardware panel' in system/algo_trader/README.md";

    private StatusPanels() {
    }

    /**
     * Opens the panel.
     *
     * @param mode          the configured mode
     * @param onRaspberryPi whether this machine is a Raspberry Pi
     * @param pins          the BCM numbers of the parts
     * @param pi4j          makes the Pi4J context (e.g. {@code Pi4J::newAutoContext}), called only when GPIO is tried
     * @return the GPIO panel or the logging one
     * @throws HardwareUnavailableException when {@code pi4j} is asked for and GPIO cannot be used
     */
    public static StatusPanel open(HardwareMode mode, boolean onRaspberryPi, HardwarePins pins, Supplier<Context> pi4j) {
        if (mode == HardwareMode.OFF) {
            return new LoggingStatusPanel("ALGO_TRADER_HARDWARE=off");
        }
        if (mode == HardwareMode.AUTO && !onRaspberryPi) {
            return new LoggingStatusPanel("not a Raspberry Pi (ALGO_TRADER_HARDWARE=auto)");
        }
        try {
            return gpio(pins, pi4j);
        } catch (HardwareUnavailableException unavailable) {
            if (mode == HardwareMode.PI4J) {
                throw new HardwareUnavailableException("ALGO_TRADER_HARDWARE=pi4j, but " + unavailable.getMessage());
            }
            LOG.warn("hardware panel not used: {}", unavailable.getMessage());
            return new LoggingStatusPanel("a Raspberry Pi, but " + unavailable.getMessage());
        }
    }

    private static StatusPanel gpio(HardwarePins pins, Supplier<Context> pi4j) {
        Context context;
        try {
            context = pi4j.get();
        } catch (RuntimeException failure) {
            throw new HardwareUnavailableException("Pi4J could not start: " + failure.getMessage());
        }
        if (!context.providers().exists(IOType.DIGITAL_INPUT) || !context.providers().exists(IOType.DIGITAL_OUTPUT)) {
            context.shutdown();
            throw new HardwareUnavailableException("Pi4J found no GPIO provider (digital input and output): put a "
                    + "Pi4J plugin jar on the class path; " + SEE_README);
        }
        try {
            return GpioStatusPanel.open(context, pins);
        } catch (RuntimeException failure) {
            context.shutdown();
            throw new HardwareUnavailableException("the GPIO pins (BCM " + pins.led() + ", " + pins.button() + ", "
                    + pins.buzzer() + ") could not be opened: " + failure.getMessage() + "; " + SEE_README);
        }
    }
}
