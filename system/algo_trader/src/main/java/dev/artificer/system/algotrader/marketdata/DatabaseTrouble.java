package dev.artificer.system.algotrader.marketdata;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a failure of the database (its connection broke, the process that served the embedded database exited, an
 * I/O error) from a failure of the work (a constraint violated, bad SQL, bad data), which running again cannot cure.
 */
final class DatabaseTrouble {

    /** SQL state classes that blame the statement or its data: 22 data exception, 23 integrity, 42 syntax or access. */
    private static final Set<String> THE_WORKS_FAULT = Set.of("22", "23", "42");

    /**
     * H2's error code for "database is already closed" because the JVM is shutting down
     * ({@code org.h2.api.ErrorCode.DATABASE_CALLED_AT_SHUTDOWN}): H2's own shutdown hook, which automatic mixed mode
     * requires, closes the database while the application is still stopping its work.
     */
    private static final int H2_CLOSED_AT_SHUTDOWN = 90121;

    private DatabaseTrouble() {
    }

    /**
     * Whether the failure is the embedded database having been closed because the process is exiting.
     *
     * @param failure what was thrown
     * @return true when a cause is H2's "database closed at VM shutdown"
     */
    static boolean closedAtShutdown(Throwable failure) {
        return firstSqlException(failure).filter(sql -> sql.getErrorCode() == H2_CLOSED_AT_SHUTDOWN).isPresent();
    }

    /**
     * Whether the failure came from the database rather than from the work.
     *
     * @param failure what was thrown
     * @return true when a cause is an {@link SQLException} whose SQL state does not blame the statement, e.g. the
     *         client's "connection is broken", the pool's "connection is closed" on the rollback that follows, or an
     *         I/O error talking to the server
     */
    static boolean causedBy(Throwable failure) {
        return firstSqlException(failure).map(sql -> {
            String state = sql.getSQLState();
            return state == null || state.length() < 2 || !THE_WORKS_FAULT.contains(state.substring(0, 2));
        }).orElse(false);
    }

    /**
     * What the database said, for a one-line report.
     *
     * @param failure what was thrown
     * @return the message of the first {@link SQLException} among its causes, else its own message
     */
    static String describe(Throwable failure) {
        return firstSqlException(failure).map(Throwable::getMessage).orElse(failure.getMessage());
    }

    private static Optional<SQLException> firstSqlException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
