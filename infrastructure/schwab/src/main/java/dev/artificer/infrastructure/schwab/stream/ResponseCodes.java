package dev.artificer.infrastructure.schwab.stream;

import dev.artificer.infrastructure.schwab.error.StreamerBadCommandException;
import dev.artificer.infrastructure.schwab.error.StreamerCommandFailedException;
import dev.artificer.infrastructure.schwab.error.StreamerConnectionNotFoundException;
import dev.artificer.infrastructure.schwab.error.StreamerConnectionTakenOverException;
import dev.artificer.infrastructure.schwab.error.StreamerException;
import dev.artificer.infrastructure.schwab.error.StreamerLoginDeniedException;
import dev.artificer.infrastructure.schwab.error.StreamerServiceUnavailableException;
import dev.artificer.infrastructure.schwab.error.StreamerSymbolLimitException;

/**
 * The streamer's response codes (Streamer Guide): what the client does on each ({@link #reaction}), and the
 * exception each failure maps to ({@link #exception}).
 */
final class ResponseCodes {

    /** What the client does on a response. */
    enum Reaction {
        /** LOGIN succeeded: subscribe everything. */
        LOGGED_IN,
        /** Another command succeeded: log at DEBUG. */
        ACKNOWLEDGED,
        /** LOGIN denied (3): refresh the token and log in again. */
        RELOGIN,
        /** Another connection took over (12): report once and stop. */
        STOP,
        /** The connection is no longer usable (20, or 11 for ADMIN): report, then reconnect. */
        RECONNECT,
        /** A command failed (11, 19, 21, 22-25): report and go on. */
        REPORT,
        /** The streamer stops streaming (30): log at INFO. */
        NOTE,
        /** A code the Streamer Guide does not list: log at WARN. */
        UNKNOWN
    }

    static final int LOGIN_DENIED = 3;
    static final int SERVICE_NOT_AVAILABLE = 11;
    static final int CLOSE_CONNECTION = 12;
    static final int REACHED_SYMBOL_LIMIT = 19;
    static final int STREAM_CONN_NOT_FOUND = 20;
    static final int BAD_COMMAND_FORMAT = 21;
    static final int FIRST_FAILED_COMMAND = 22;
    static final int LAST_FAILED_COMMAND = 25;
    static final int FIRST_SUCCEEDED = 26;
    static final int LAST_SUCCEEDED = 29;
    static final int STOP_STREAMING = 30;

    private ResponseCodes() {
    }

    /**
     * What the client does on a response.
     *
     * @param response the streamer's response
     * @return the reaction
     */
    static Reaction reaction(StreamerResponse response) {
        int code = response.code();
        if (code == CLOSE_CONNECTION) {
            return Reaction.STOP;
        }
        if (code == LOGIN_DENIED) {
            return Reaction.RELOGIN;
        }
        if (success(code)) {
            return "LOGIN".equals(response.command()) ? Reaction.LOGGED_IN : Reaction.ACKNOWLEDGED;
        }
        if (code == STOP_STREAMING) {
            return Reaction.NOTE;
        }
        if (code == STREAM_CONN_NOT_FOUND || (code == SERVICE_NOT_AVAILABLE && "ADMIN".equals(response.service()))) {
            return Reaction.RECONNECT;
        }
        return exception(response) == null ? Reaction.UNKNOWN : Reaction.REPORT;
    }

    /**
     * Whether a code reports success: 0, or 26 to 29 (SUCCEEDED_*).
     *
     * @param code the code
     * @return true for a success
     */
    static boolean success(int code) {
        return code == StreamerResponse.SUCCESS || (code >= FIRST_SUCCEEDED && code <= LAST_SUCCEEDED);
    }

    /**
     * The exception for a failure code.
     *
     * @param response the streamer's response
     * @return the exception, or null when the code has none (success, 30 STOP_STREAMING, or unknown)
     */
    static StreamerException exception(StreamerResponse response) {
        int code = response.code();
        String message = describe(response);
        return switch (code) {
            case LOGIN_DENIED -> new StreamerLoginDeniedException(code, message);
            case SERVICE_NOT_AVAILABLE -> new StreamerServiceUnavailableException(code, message);
            case CLOSE_CONNECTION -> new StreamerConnectionTakenOverException(code, message
                    + ": another connection of this Schwab user took over the one streamer connection allowed;"
                    + " this stream stops and does not reconnect");
            case REACHED_SYMBOL_LIMIT -> new StreamerSymbolLimitException(code, message);
            case STREAM_CONN_NOT_FOUND -> new StreamerConnectionNotFoundException(code, message);
            case BAD_COMMAND_FORMAT -> new StreamerBadCommandException(code, message);
            default -> code >= FIRST_FAILED_COMMAND && code <= LAST_FAILED_COMMAND
                    ? new StreamerCommandFailedException(code, message) : null;
        };
    }

    /**
     * One line naming the code, the command and service, and the streamer's message.
     *
     * @param response the response
     * @return e.g. {@code streamer code 19 to LEVELONE_EQUITIES ADD: Symbol limit reached}
     */
    static String describe(StreamerResponse response) {
        String target = (response.service() + " " + response.command()).strip();
        return "streamer code " + response.code() + (target.isEmpty() ? "" : " to " + target)
                + (response.message().isBlank() ? "" : ": " + response.message().lines().findFirst().orElse(""));
    }
}
