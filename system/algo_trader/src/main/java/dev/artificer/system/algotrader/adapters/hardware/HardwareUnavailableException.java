package dev.artificer.system.algotrader.adapters.hardware;

/** The GPIO hardware was asked for ({@code ALGO_TRADER_HARDWARE=pi4j}) but cannot be used; the message is one line. */
public class HardwareUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is missing and what to do, one line
     */
    public HardwareUnavailableException(String message) {
        super(message);
    }
}
