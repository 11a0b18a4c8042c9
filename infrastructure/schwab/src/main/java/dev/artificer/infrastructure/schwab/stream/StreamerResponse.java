package dev.artificer.infrastructure.schwab.stream;

/**
 * The streamer's answer to a request, or an unprompted notice (a {@code notify} item with a code, e.g. 12 or 30).
 *
 * @param service   the service it concerns, e.g. {@code ADMIN}, or an empty string
 * @param command   the command it answers, e.g. {@code LOGIN}, or an empty string for a notice
 * @param requestId the request's id as sent back, or an empty string
 * @param code      the response code, 0 for success
 * @param message   the streamer's {@code msg}, or an empty string
 */
public record StreamerResponse(String service, String command, String requestId, int code, String message) {

    /** The success code. */
    public static final int SUCCESS = 0;
}
