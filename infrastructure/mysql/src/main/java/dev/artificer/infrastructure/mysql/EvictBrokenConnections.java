package dev.artificer.infrastructure.mysql;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;

/**
 * Tells the pool to drop a connection whose failure says the connection itself is gone (JDBC's
 * {@link SQLNonTransientConnectionException} or {@link SQLRecoverableException}, whatever the driver's SQL state), so
 * that the next caller gets a new connection instead of the broken one; e.g. H2 reports a server that went away with
 * its own state {@code 90067}, which the pool would not recognise. Other failures are left to the pool's own rules.
 */
final class EvictBrokenConnections implements SQLExceptionOverride {

    @java.lang.Override
    public Override adjudicate(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException) {
                return Override.MUST_EVICT;
            }
        }
        return Override.CONTINUE_EVICT;
    }
}
