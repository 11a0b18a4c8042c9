package dev.artificer.system.algotrader.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The typed, validated configuration of algo_trader, bound from the {@code algo-trader.*} properties that
 * {@link SettingsPropertySourcePostProcessor} derives from the environment. Every value is checked here, so a
 * bad one stops the app at start with a message naming its variable.
 *
 * @param dataDir          where embedded stores keep their files
 * @param mode             paper or live
 * @param liveConfirmation the second key for live trading
 * @param tokenKey         base64 AES key for tokens at rest, or empty
 * @param refreshTokenWarnAfter age of the refresh token from which a login is announced as due
 * @param redis            Redis connection, or none
 * @param mysql            MySQL connection, or none
 * @param influxdb         InfluxDB connection, or none
 * @param schwab           Schwab app credentials, or none
 * @param hardware         GPIO use
 * @param grafana          Grafana's API and the docker executable that runs it
 */
@ConfigurationProperties("algo-trader")
public record AlgoTraderProperties(Path dataDir, TradingMode mode, String liveConfirmation, String tokenKey,
                                   Duration refreshTokenWarnAfter, Redis redis, Mysql mysql, Influxdb influxdb,
                                   Schwab schwab, HardwareMode hardware, Grafana grafana) {

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]+");

    /** Validates cross-field rules. */
    public AlgoTraderProperties {
        if (dataDir == null || dataDir.toString().isBlank()) {
            throw InvalidSettingException.of(Setting.DATA_DIR, "");
        }
        if (!liveConfirmation.isEmpty() && !Setting.LIVE_CONFIRMATION_PHRASE.equals(liveConfirmation)) {
            throw InvalidSettingException.of(Setting.LIVE_CONFIRMATION, liveConfirmation);
        }
        if (!tokenKey.isEmpty() && !isAesKey(tokenKey)) {
            throw InvalidSettingException.of(Setting.TOKEN_KEY, tokenKey);
        }
        InvalidSettingException.requirePositive(Setting.REFRESH_TOKEN_WARN_AFTER, refreshTokenWarnAfter);
    }

    /**
     * Whether live trading has been switched on deliberately: live mode AND the confirmation phrase.
     *
     * @return true only when both keys are turned
     */
    public boolean liveTradingConfirmed() {
        return mode == TradingMode.LIVE && Setting.LIVE_CONFIRMATION_PHRASE.equals(liveConfirmation);
    }

    /**
     * Redis connection settings; an empty host means "use the embedded token file".
     *
     * @param host     host, or empty
     * @param port     port
     * @param user     ACL user, or empty
     * @param password password, or empty
     * @param database database index
     */
    public record Redis(String host, int port, String user, String password, int database) {
        /** Validates the values. */
        public Redis {
            requirePort(Setting.REDIS_PORT, port);
            if (database < 0 || database > 15) {
                throw InvalidSettingException.of(Setting.REDIS_DATABASE, String.valueOf(database));
            }
        }

        /**
         * Whether a server is configured.
         *
         * @return true when a host is set
         */
        public boolean configured() {
            return !host.isBlank();
        }
    }

    /**
     * MySQL connection settings; an empty host means "use the embedded H2 database".
     *
     * @param host     host, or empty
     * @param port     port
     * @param database database name
     * @param user     user name
     * @param password password
     */
    public record Mysql(String host, int port, String database, String user, String password) {
        /** Validates the values. */
        public Mysql {
            requirePort(Setting.MYSQL_PORT, port);
            if (!DATABASE_NAME.matcher(database).matches()) {
                throw InvalidSettingException.of(Setting.MYSQL_DATABASE, database);
            }
        }

        /**
         * Whether a server is configured.
         *
         * @return true when a host is set
         */
        public boolean configured() {
            return !host.isBlank();
        }

        /**
         * The JDBC URL of the configured server.
         *
         * @return e.g. {@code jdbc:mysql://db:3306/artificer}
         */
        public String jdbcUrl() {
            return "jdbc:mysql://" + host + ":" + port + "/" + database;
        }
    }

    /**
     * InfluxDB 2 connection settings; an empty URL means "keep bars in the relational database".
     *
     * @param url    server URL, or empty
     * @param token  API token
     * @param org    organisation
     * @param bucket bucket
     */
    public record Influxdb(String url, String token, String org, String bucket) {
        /** Validates the values. */
        public Influxdb {
            if (!url.isEmpty() && !isHttpUrl(url)) {
                throw InvalidSettingException.of(Setting.INFLUXDB_URL, url);
            }
        }

        /**
         * Whether a server is configured.
         *
         * @return true when a URL is set
         */
        public boolean configured() {
            return !url.isBlank();
        }
    }

    /**
     * Schwab app credentials and API access; without key and secret, the simulated market is used.
     *
     * @param apiKey            app key
     * @param secret            app secret
     * @param callbackUrl       registered https callback URL
     * @param baseUrl           root of the API
     * @param requestsPerMinute client-side rate limit
     * @param account           the plain number of the account live orders go to, or empty for the only one
     * @param ordersPerMinute   client-side limit of order requests per account, 0-120
     */
    public record Schwab(String apiKey, String secret, String callbackUrl, String baseUrl, int requestsPerMinute,
                         String account, int ordersPerMinute) {
        /** Validates the values. */
        public Schwab {
            if (!callbackUrl.startsWith("https://") || !isHttpUrl(callbackUrl)) {
                throw InvalidSettingException.of(Setting.SCHWAB_CALLBACK_URL, callbackUrl);
            }
            if (!isHttpUrl(baseUrl)) {
                throw InvalidSettingException.of(Setting.SCHWAB_BASE_URL, baseUrl);
            }
            if (requestsPerMinute < 1 || requestsPerMinute > 1000) {
                throw InvalidSettingException.of(Setting.SCHWAB_REQUESTS_PER_MINUTE, String.valueOf(requestsPerMinute));
            }
            account = account == null ? "" : account.strip();
            if (!account.chars().allMatch(Character::isDigit)) {
                throw InvalidSettingException.of(Setting.SCHWAB_ACCOUNT, account);
            }
            if (ordersPerMinute < 0 || ordersPerMinute > 120) {
                throw InvalidSettingException.of(Setting.SCHWAB_ORDERS_PER_MINUTE, String.valueOf(ordersPerMinute));
            }
        }

        /**
         * Whether both key and secret are present.
         *
         * @return true when the Schwab API can be used
         */
        public boolean configured() {
            return !apiKey.isBlank() && !secret.isBlank();
        }
    }

    /**
     * Grafana's HTTP API and the docker executable that runs it through docker compose.
     *
     * @param host          host of the API
     * @param port          port of the API (and the port docker compose publishes)
     * @param adminUser     administrator user
     * @param adminPassword administrator password; empty = anonymous (read-only) access
     * @param docker        docker on the PATH, or the path of a docker executable
     */
    public record Grafana(String host, int port, String adminUser, String adminPassword, String docker) {
        /** Validates the values. */
        public Grafana {
            requirePort(Setting.GRAFANA_PORT, port);
            if (host.isBlank() || !isHttpUrl("http://" + host + ":" + port)) {
                throw InvalidSettingException.of(Setting.GRAFANA_HOST, host);
            }
            if (docker.isBlank()) {
                throw InvalidSettingException.of(Setting.DOCKER, docker);
            }
        }

        /**
         * The root URL of Grafana's HTTP API.
         *
         * @return e.g. {@code http://localhost:3000}
         */
        public String baseUrl() {
            return "http://" + host + ":" + port;
        }
    }

    private static void requirePort(Setting setting, int port) {
        if (port < 1 || port > 65_535) {
            throw InvalidSettingException.of(setting, String.valueOf(port));
        }
    }

    private static boolean isAesKey(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length == 32;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = URI.create(text);
            return uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
