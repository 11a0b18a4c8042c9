package dev.artificer.infrastructure.schwab.error;

/** Schwab kept answering with a 5xx status after every retry the client allows. */
public final class SchwabServerException extends SchwabApiException {

    private static final long serialVersionUID = 1L;

    /** The last HTTP status Schwab answered with. */
    private final int status;

    /**
     * Creates the exception.
     *
     * @param message which request failed and how often it was tried
     * @param status  the last HTTP status
     */
    public SchwabServerException(String message, int status) {
        super(message, null);
        this.status = status;
    }

    /**
     * The last HTTP status Schwab answered with.
     *
     * @return a 5xx status
     */
    public int status() {
        return status;
    }
}
