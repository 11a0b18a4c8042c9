package dev.artificer.infrastructure.influxdb;

/**
 * The server understood the request and refused it for good (HTTP 4xx other than 401, 403 and 429): data it
 * cannot store (e.g. a field type conflict), an unknown bucket or org, or an invalid Flux query. Retrying the
 * same request does not help.
 */
public class InfluxRejectedException extends InfluxAccessException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message    what failed and where, with the server's reason
     * @param httpStatus the 4xx status
     * @param cause      the client library's exception
     */
    public InfluxRejectedException(String message, int httpStatus, Throwable cause) {
        super(message, httpStatus, cause);
    }
}
