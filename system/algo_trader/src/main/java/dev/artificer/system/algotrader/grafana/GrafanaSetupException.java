package dev.artificer.system.algotrader.grafana;

/** algo_trader's Grafana files cannot be used: the repository is not found, or a dashboard file is unreadable. */
public final class GrafanaSetupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and what to do, in one line
     */
    public GrafanaSetupException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what is wrong and what to do, in one line
     * @param cause   the underlying failure
     */
    public GrafanaSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
