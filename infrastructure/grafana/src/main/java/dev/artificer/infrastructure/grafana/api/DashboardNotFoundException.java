package dev.artificer.infrastructure.grafana.api;

/** Grafana has no dashboard with the requested uid (or the caller may not see it). */
public final class DashboardNotFoundException extends GrafanaApiException {

    private static final long serialVersionUID = 1L;

    /** The requested uid. */
    private final String uid;

    /**
     * Creates the exception.
     *
     * @param message which uid was not found on which server
     * @param uid     the requested uid
     */
    public DashboardNotFoundException(String message, String uid) {
        super(message, null);
        this.uid = uid;
    }

    /**
     * The uid that was not found.
     *
     * @return the uid
     */
    public String uid() {
        return uid;
    }
}
