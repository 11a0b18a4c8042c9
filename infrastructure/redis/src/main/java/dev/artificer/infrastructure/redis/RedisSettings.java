package dev.artificer.infrastructure.redis;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * How to reach a Redis server and which key namespace to use. Built with {@link #builder()}; the
 * password never appears in {@link #toString()}.
 *
 * @param host           server host
 * @param port           server port
 * @param user           ACL user name, or null for the default user
 * @param password       password, or null for none
 * @param database       database index
 * @param tls            whether to connect over TLS
 * @param connectTimeout how long to wait for a connection
 * @param socketTimeout  how long to wait for a reply
 * @param namespace      prefix of every key, ending in {@code ':'}, e.g. {@code algo_trader:}
 */
public record RedisSettings(String host, int port, String user, String password, int database, boolean tls,
                            Duration connectTimeout, Duration socketTimeout, String namespace) {

    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9_.-]+:");

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException naming the setting that is out of range
     */
    public RedisSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("redis host must not be empty");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("redis port must be 1-65535 (got " + port + ")");
        }
        if (database < 0) {
            throw new IllegalArgumentException("redis database must be 0 or more (got " + database + ")");
        }
        requirePositive("connect timeout", connectTimeout);
        requirePositive("socket timeout", socketTimeout);
        if (namespace == null || !NAMESPACE.matcher(namespace).matches()) {
            throw new IllegalArgumentException("redis namespace must be lower-case letters, digits, '_', '.' or '-' "
                    + "ending in ':' (got '" + namespace + "')");
        }
    }

    /**
     * A builder with the defaults: localhost:6379, database 0, no TLS, 2 s timeouts, namespace {@code artificer:}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "RedisSettings[" + (tls ? "rediss://" : "redis://") + host + ":" + port + "/" + database
                + ", user=" + (user == null ? "default" : user)
                + ", password=" + (password == null || password.isEmpty() ? "none" : "****")
                + ", namespace=" + namespace + "]";
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("redis " + name + " must be positive (got " + value + ")");
        }
    }

    /** Collects settings step by step; {@link #build()} validates them. */
    public static final class Builder {
        private String host = "localhost";
        private int port = 6379;
        private String user;
        private String password;
        private int database;
        private boolean tls;
        private Duration connectTimeout = Duration.ofSeconds(2);
        private Duration socketTimeout = Duration.ofSeconds(2);
        private String namespace = "artificer:";

        private Builder() {
        }

        /**
         * Sets the host.
         *
         * @param host server host
         * @return this builder
         */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /**
         * Sets the port.
         *
         * @param port server port
         * @return this builder
         */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Sets the ACL user and password; either may be null.
         *
         * @param user     user name
         * @param password password
         * @return this builder
         */
        public Builder credentials(String user, String password) {
            this.user = blankToNull(user);
            this.password = blankToNull(password);
            return this;
        }

        /**
         * Sets the database index.
         *
         * @param database index, 0 or more
         * @return this builder
         */
        public Builder database(int database) {
            this.database = database;
            return this;
        }

        /**
         * Turns TLS on or off.
         *
         * @param tls true for TLS
         * @return this builder
         */
        public Builder tls(boolean tls) {
            this.tls = tls;
            return this;
        }

        /**
         * Sets both the connect and the socket timeout.
         *
         * @param connect connect timeout
         * @param socket  reply timeout
         * @return this builder
         */
        public Builder timeouts(Duration connect, Duration socket) {
            this.connectTimeout = connect;
            this.socketTimeout = socket;
            return this;
        }

        /**
         * Sets the key namespace.
         *
         * @param namespace prefix ending in ':'
         * @return this builder
         */
        public Builder namespace(String namespace) {
            this.namespace = namespace;
            return this;
        }

        /**
         * Validates and builds the settings.
         *
         * @return the settings
         */
        public RedisSettings build() {
            return new RedisSettings(host, port, user, password, database, tls, connectTimeout, socketTimeout,
                    namespace);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text;
        }
    }

    String describeServer() {
        return host + ":" + port + "/" + database;
    }
}
