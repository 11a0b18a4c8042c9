package dev.artificer.system.algotrader.marketdata;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * How ingestion rides out a lost database connection: a failure caused by the connection (not by the data, e.g.
 * the process that served the embedded database stopped and another takes over) is retried after a pause, for up to
 * ten seconds, before the series counts as failed. Re-running a series is harmless: it resumes from the last
 * stored bar.
 */
final class ConnectionLoss {

    /** How many times a series is run at most. */
    static final int ATTEMPTS = 40;

    /** The pause between attempts. */
    static final Duration PAUSE = Duration.ofMillis(250);

    private ConnectionLoss() {
    }

    /**
     * Whether the failure came from the connection to the database rather than from the work.
     *
     * @param failure what was thrown
     * @return true when a cause is a JDBC connection failure: one of JDBC's connection exception types, or SQL state
     *         class {@code 08} (connection exception), e.g. the pool's "connection is closed" on the rollback that
     *         follows
     */
    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLNonTransientConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Waits one pause.
     *
     * @throws IllegalStateException when interrupted, with the interrupt flag kept
     */
    static void pause() {
        try {
            Thread.sleep(PAUSE);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", interrupted);
        }
    }
}
