package dev.artificer.system.algotrader.trading.broker;

/** A broker could not be reached, or refused a request; the message is one line without secrets. */
public class BrokerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed
     */
    public BrokerException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what failed
     * @param cause   the underlying failure
     */
    public BrokerException(String message, Throwable cause) {
        super(message, cause);
    }
}
