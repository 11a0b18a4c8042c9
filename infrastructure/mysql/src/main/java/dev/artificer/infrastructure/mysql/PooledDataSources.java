package dev.artificer.infrastructure.mysql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

/**
 * Opens HikariCP connection pools from explicit {@link DatabaseSettings}. A connection that failed because it is
 * broken is dropped from the pool rather than handed out again.
 */
public final class PooledDataSources {

    private PooledDataSources() {
    }

    /**
     * Opens a pool and checks that one connection can be made, so a wrong URL or account fails here
     * with one clear message rather than at first use.
     *
     * @param settings where the database is and how large a pool to keep
     * @return the open pool; close it when done
     * @throws DatabaseUnavailableException when no connection can be made
     */
    public static HikariDataSource open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setPoolName(settings.poolName());
        config.setMaximumPoolSize(settings.maximumPoolSize());
        config.setMinimumIdle(Math.min(1, settings.maximumPoolSize()));
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setInitializationFailTimeout(settings.connectionTimeout().toMillis());
        config.setExceptionOverride(new EvictBrokenConnections());
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException | IllegalArgumentException | IllegalStateException failure) {
            throw new DatabaseUnavailableException("cannot connect to " + settings.jdbcUrl() + " as '"
                    + settings.user() + "': " + rootMessage(failure), failure);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
