package dev.artificer.infrastructure.mysql;

import java.time.Duration;

/**
 * How to reach a relational database and how large a connection pool to keep. Built with
 * {@link #builder(String)}; the password never appears in {@link #toString()}.
 *
 * @param jdbcUrl           JDBC URL, e.g. {@code jdbc:mysql://127.0.0.1:3306/artificer} or {@code jdbc:h2:file:...}
 * @param user              user name, possibly empty
 * @param password          password, possibly empty
 * @param poolName          name of the pool in logs and metrics
 * @param maximumPoolSize   largest number of open connections
 * @param connectionTimeout how long to wait for a connection before failing
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, String poolName,
                               int maximumPoolSize, Duration connectionTimeout) {

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException naming the setting that is out of range
     */
    public DatabaseSettings {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("database URL must start with 'jdbc:' (got '" + jdbcUrl + "')");
        }
        if (maximumPoolSize < 1) {
            throw new IllegalArgumentException("database pool size must be 1 or more (got " + maximumPoolSize + ")");
        }
        if (connectionTimeout == null || connectionTimeout.toMillis() < 250) {
            throw new IllegalArgumentException("database connection timeout must be at least 250 ms (got "
                    + connectionTimeout + ")");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        poolName = poolName == null || poolName.isBlank() ? "artificer" : poolName;
    }

    /**
     * A builder for the given URL, with a pool of 4 connections and a 5 s connection timeout.
     *
     * @param jdbcUrl the JDBC URL
     * @return a new builder
     */
    public static Builder builder(String jdbcUrl) {
        return new Builder(jdbcUrl);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + jdbcUrl + ", user=" + user + ", password=" + (password.isEmpty() ? "none" : "****")
                + ", pool=" + poolName + "/" + maximumPoolSize + "]";
    }

    /** Collects settings step by step; {@link #build()} validates them. */
    public static final class Builder {
        private final String jdbcUrl;
        private String user = "";
        private String password = "";
        private String poolName = "artificer";
        private int maximumPoolSize = 4;
        private Duration connectionTimeout = Duration.ofSeconds(5);

        private Builder(String jdbcUrl) {
            this.jdbcUrl = jdbcUrl;
        }

        /**
         * Sets the account.
         *
         * @param user     user name
         * @param password password
         * @return this builder
         */
        public Builder credentials(String user, String password) {
            this.user = user;
            this.password = password;
            return this;
        }

        /**
         * Names the pool.
         *
         * @param poolName a short name
         * @return this builder
         */
        public Builder poolName(String poolName) {
            this.poolName = poolName;
            return this;
        }

        /**
         * Sets the pool size.
         *
         * @param maximumPoolSize 1 or more
         * @return this builder
         */
        public Builder maximumPoolSize(int maximumPoolSize) {
            this.maximumPoolSize = maximumPoolSize;
            return this;
        }

        /**
         * Sets how long to wait for a connection.
         *
         * @param connectionTimeout at least 250 ms
         * @return this builder
         */
        public Builder connectionTimeout(Duration connectionTimeout) {
            this.connectionTimeout = connectionTimeout;
            return this;
        }

        /**
         * Validates and builds the settings.
         *
         * @return the settings
         */
        public DatabaseSettings build() {
            return new DatabaseSettings(jdbcUrl, user, password, poolName, maximumPoolSize, connectionTimeout);
        }
    }
}
