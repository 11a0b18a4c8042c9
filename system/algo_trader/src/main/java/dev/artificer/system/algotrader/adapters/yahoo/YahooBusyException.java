package dev.artificer.system.algotrader.adapters.yahoo;

/** Yahoo answered with a status worth asking again for (429 too many requests, a 5xx) or did not answer in time. */
public class YahooBusyException extends YahooException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what happened, one line
     * @param cause   the underlying failure, or null
     */
    public YahooBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
