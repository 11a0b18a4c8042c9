package dev.artificer.system.algotrader.adapters.yahoo;

/** Yahoo Finance could not be asked, or did not answer with bars: the message is one line saying which and why. */
public class YahooException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, one line
     * @param cause   the underlying failure, or null
     */
    public YahooException(String message, Throwable cause) {
        super(message, cause);
    }
}
