package dev.artificer.system.algotrader.trading.broker;

/** Live trading was asked for but not deliberately enabled, or cannot be served; the message is the one line to show. */
public class LiveTradingRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one line saying why and what to do
     */
    public LiveTradingRefusedException(String message) {
        super(message);
    }
}
