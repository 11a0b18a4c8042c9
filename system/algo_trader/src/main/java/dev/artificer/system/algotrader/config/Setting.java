package dev.artificer.system.algotrader.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every configuration variable of algo_trader in one table: the property it binds to, the environment
 * variables that set it (the system-specific one first, then the shared infrastructure one), the safe
 * default, what is allowed, and whether it is a secret. The env templates, {@code status}, and the
 * start-up error messages are all driven by this table.
 */
public enum Setting {
    DATA_DIR("data-dir", "", "a writable directory (default: ~/.artificer/algo_trader)",
            "Where the embedded stores (H2 database, token file) keep their files", false, "ALGO_TRADER_DATA_DIR"),
    STRATEGIES_DIR("strategies.folder", "", "a directory owned by you and writable by nobody else (default: "
            + "<data dir>/strategies)", "Where your own strategies (.java and .rules files) live", false,
            "ALGO_TRADER_STRATEGIES_DIR"),
    MODE("mode", "paper", "paper or live", "Trading mode; live also needs ALGO_TRADER_LIVE_CONFIRMATION",
            false, "ALGO_TRADER_MODE"),
    LIVE_CONFIRMATION("live-confirmation", "", "empty, or exactly " + Setting.LIVE_CONFIRMATION_PHRASE,
            "Second key for live trading: must be the exact phrase", false, "ALGO_TRADER_LIVE_CONFIRMATION"),
    TOKEN_KEY("token-key", "", "empty, or a base64-encoded 256-bit key (e.g. from: openssl rand -base64 32)",
            "Encrypts the stored Schwab tokens at rest with AES-GCM", true, "ALGO_TRADER_TOKEN_KEY"),
    REFRESH_TOKEN_WARN_AFTER("refresh-token-warn-after", "PT156H", "an ISO-8601 duration such as PT156H (6.5 days)",
            "Warn that a Schwab login is due once the refresh token (7 days of life) is this old", false,
            "ALGO_TRADER_REFRESH_TOKEN_WARN_AFTER"),
    REDIS_HOST("redis.host", "", "a host name or address; empty = embedded token file",
            "Redis host for the token store", false, "ALGO_TRADER_REDIS_HOST", "REDIS_HOST"),
    REDIS_PORT("redis.port", "6379", "a port number 1-65535", "Redis port", false,
            "ALGO_TRADER_REDIS_PORT", "REDIS_PORT"),
    REDIS_USER("redis.user", "", "an ACL user name, or empty for the default user", "Redis ACL user", false,
            "ALGO_TRADER_REDIS_USER", "REDIS_USER"),
    REDIS_PASSWORD("redis.password", "", "any text", "Redis password", true,
            "ALGO_TRADER_REDIS_PASSWORD", "REDIS_PASSWORD"),
    REDIS_DATABASE("redis.database", "0", "a database index 0-15", "Redis database index", false,
            "ALGO_TRADER_REDIS_DATABASE", "REDIS_DATABASE"),
    MYSQL_HOST("mysql.host", "", "a host name or address; empty = embedded H2 database",
            "MySQL host for relational data", false, "ALGO_TRADER_MYSQL_HOST", "MYSQL_HOST"),
    MYSQL_PORT("mysql.port", "3306", "a port number 1-65535", "MySQL port", false,
            "ALGO_TRADER_MYSQL_PORT", "MYSQL_PORT"),
    MYSQL_DATABASE("mysql.database", "artificer", "a database name (letters, digits, '_')", "MySQL database",
            false, "ALGO_TRADER_MYSQL_DATABASE", "MYSQL_DATABASE"),
    MYSQL_USER("mysql.user", "artificer", "a user name", "MySQL user", false,
            "ALGO_TRADER_MYSQL_USER", "MYSQL_USER"),
    MYSQL_PASSWORD("mysql.password", "", "any text", "MySQL password", true,
            "ALGO_TRADER_MYSQL_PASSWORD", "MYSQL_PASSWORD"),
    INFLUXDB_URL("influxdb.url", "", "an http(s) URL; empty = bars in the relational database",
            "InfluxDB 2 URL for price bars", false, "ALGO_TRADER_INFLUXDB_URL", "INFLUXDB_URL"),
    INFLUXDB_TOKEN("influxdb.token", "", "an InfluxDB API token", "InfluxDB API token", true,
            "ALGO_TRADER_INFLUXDB_TOKEN", "INFLUXDB_TOKEN"),
    INFLUXDB_ORG("influxdb.org", "artificer", "an organisation name", "InfluxDB organisation", false,
            "ALGO_TRADER_INFLUXDB_ORG", "INFLUXDB_ORG"),
    INFLUXDB_BUCKET("influxdb.bucket", "market", "a bucket name", "InfluxDB bucket", false,
            "ALGO_TRADER_INFLUXDB_BUCKET", "INFLUXDB_BUCKET"),
    SCHWAB_API_KEY("schwab.api-key", "", "the app key from developer.schwab.com; empty = simulated market",
            "Schwab app key (client id)", true, "ALGO_TRADER_SCHWAB_API_KEY", "SCHWAB_API_KEY"),
    SCHWAB_SECRET("schwab.secret", "", "the app secret from developer.schwab.com", "Schwab app secret", true,
            "ALGO_TRADER_SCHWAB_SECRET", "SCHWAB_SECRET"),
    SCHWAB_CALLBACK_URL("schwab.callback-url", "https://127.0.0.1:8182",
            "the https callback URL registered with the Schwab app", "OAuth callback URL", false,
            "ALGO_TRADER_SCHWAB_CALLBACK_URL", "SCHWAB_CALLBACK_URL"),
    SCHWAB_BASE_URL("schwab.base-url", "https://api.schwabapi.com", "an http(s) URL",
            "Root of the Schwab API (OAuth under /v1/oauth, market data under /marketdata/v1)", false,
            "ALGO_TRADER_SCHWAB_BASE_URL", "SCHWAB_BASE_URL"),
    SCHWAB_REQUESTS_PER_MINUTE("schwab.requests-per-minute", "120", "a whole number 1-1000",
            "Client-side limit of Schwab API calls per minute", false,
            "ALGO_TRADER_SCHWAB_REQUESTS_PER_MINUTE", "SCHWAB_REQUESTS_PER_MINUTE"),
    SCHWAB_ACCOUNT("schwab.account", "", "a plain Schwab account number; empty = the only linked account",
            "The Schwab account live orders go to (shown masked)", true, "ALGO_TRADER_SCHWAB_ACCOUNT"),
    SCHWAB_ORDERS_PER_MINUTE("schwab.orders-per-minute", "120", "a whole number 0-120 (0 refuses every order)",
            "Client-side limit of order requests (place, cancel) per minute, as chosen at Schwab's app registration",
            false, "ALGO_TRADER_SCHWAB_ORDERS_PER_MINUTE"),
    JOB_INGEST_BARS_EVERY("jobs.ingest-bars-every", "PT15M", "an ISO-8601 duration such as PT15M or PT1H",
            "How often the service brings price history up to date (skipped while the market is closed)", false,
            "ALGO_TRADER_JOB_INGEST_BARS_EVERY"),
    JOB_INGEST_COMPANIES_EVERY("jobs.ingest-companies-every", "P1D", "an ISO-8601 duration such as P1D or PT12H",
            "How often the service refreshes company profiles and fundamentals", false,
            "ALGO_TRADER_JOB_INGEST_COMPANIES_EVERY"),
    JOB_TRADE_EVERY("jobs.trade-every", "PT1M", "an ISO-8601 duration such as PT1M",
            "How often the service runs the assigned strategies over newly stored bars (market hours only)", false,
            "ALGO_TRADER_JOB_TRADE_EVERY"),
    STREAM_ENABLED("stream.enabled", "true", "true or false",
            "Whether the live market streams (false: the service's intraday bars come from the scheduled ingestion, "
                    + "and `stream` refuses)", false, "ALGO_TRADER_STREAM_ENABLED"),
    STREAM_HEARTBEAT_TIMEOUT("stream.heartbeat-timeout", "PT30S", "an ISO-8601 duration such as PT30S",
            "Schwab streamer watchdog: a connection from which nothing arrived for this long is replaced", false,
            "ALGO_TRADER_STREAM_HEARTBEAT_TIMEOUT"),
    STREAM_INITIAL_BACKOFF("stream.initial-backoff", "PT0.5S", "an ISO-8601 duration such as PT0.5S, at most the "
            + "maximum backoff", "First delay before the Schwab streamer reconnects, doubled after each failed attempt "
            + "(25 % jitter)", false, "ALGO_TRADER_STREAM_INITIAL_BACKOFF"),
    STREAM_MAX_BACKOFF("stream.max-backoff", "PT60S", "an ISO-8601 duration such as PT60S",
            "Longest delay between the Schwab streamer's reconnect attempts", false, "ALGO_TRADER_STREAM_MAX_BACKOFF"),
    PAPER_INITIAL_CASH("trading.paper.initial-cash", "100000", "a positive amount of dollars",
            "Cash the paper broker starts with (read once, when its account is first created)", false,
            "ALGO_TRADER_PAPER_INITIAL_CASH"),
    PAPER_COMMISSION_PER_SHARE("trading.paper.commission-per-share", "0.005", "an amount of dollars, 0 or more",
            "Paper broker commission per share", false, "ALGO_TRADER_PAPER_COMMISSION_PER_SHARE"),
    PAPER_COMMISSION_MINIMUM("trading.paper.commission-minimum", "1.00", "an amount of dollars, 0 or more",
            "Paper broker commission at least charged per fill", false, "ALGO_TRADER_PAPER_COMMISSION_MINIMUM"),
    PAPER_SLIPPAGE_BPS("trading.paper.slippage-bps", "5", "basis points 0-1000",
            "How much worse than the bar's price the paper broker fills market and stop orders", false,
            "ALGO_TRADER_PAPER_SLIPPAGE_BPS"),
    RISK_MAX_POSITION_VALUE("trading.risk.max-position-value", "25000", "an amount of dollars; 0 = no limit",
            "Risk: largest position value per symbol an order may build", false,
            "ALGO_TRADER_RISK_MAX_POSITION_VALUE"),
    RISK_MAX_TOTAL_EXPOSURE("trading.risk.max-total-exposure", "100000", "an amount of dollars; 0 = no limit",
            "Risk: largest gross value of all positions together an order may build", false,
            "ALGO_TRADER_RISK_MAX_TOTAL_EXPOSURE"),
    RISK_MAX_DAILY_LOSS("trading.risk.max-daily-loss", "2000", "an amount of dollars; 0 = no limit",
            "Risk: loss since the day's start (New York) that halts trading", false, "ALGO_TRADER_RISK_MAX_DAILY_LOSS"),
    RISK_MAX_ORDERS_PER_DAY("trading.risk.max-orders-per-day", "50", "a whole number; 0 = no limit",
            "Risk: orders sent per day (New York) at most", false, "ALGO_TRADER_RISK_MAX_ORDERS_PER_DAY"),
    RISK_ALLOWED_SYMBOLS("trading.risk.allowed-symbols", "", "symbols separated by commas; empty = the watchlist",
            "Risk: the symbols orders may be sent for", false, "ALGO_TRADER_RISK_ALLOWED_SYMBOLS"),
    RISK_MARKET_HOURS_ONLY("trading.risk.market-hours-only", "true", "true or false",
            "Risk: send orders only in regular market hours (weekdays 09:30-16:00 New York)", false,
            "ALGO_TRADER_RISK_MARKET_HOURS_ONLY"),
    TRADING_MAX_BROKER_ERRORS("trading.max-broker-errors", "3", "a whole number 1-100",
            "Consecutive broker errors that halt trading", false, "ALGO_TRADER_TRADING_MAX_BROKER_ERRORS"),
    TRADING_WARMUP_BARS("trading.warmup-bars", "300", "a whole number 0-100000",
            "Bars of stored history each assigned strategy sees, without trading, before it trades", false,
            "ALGO_TRADER_TRADING_WARMUP_BARS"),
    BACKTEST_RISK_FREE_RATE("backtest.risk-free-rate", "0", "an annual rate as a fraction from -0.5 to 1, e.g. 0.04 "
            + "for 4 %", "Annual risk-free rate Sharpe and Sortino of backtests are measured against (--risk-free-rate "
            + "overrides it)", false, "ALGO_TRADER_BACKTEST_RISK_FREE_RATE"),
    MARKET_DATA("market-data.source", "auto", "auto, schwab (needs SCHWAB_API_KEY and SCHWAB_SECRET), yahoo or simulated",
            "Where the service's price history comes from: auto = Schwab when its app is configured, else the simulated "
            + "market; yahoo = Yahoo Finance daily, weekly and monthly bars (no key, no intraday)", false,
            "ALGO_TRADER_MARKET_DATA"),
    YAHOO_BASE_URL("yahoo.base-url", "https://query1.finance.yahoo.com", "an http(s) URL",
            "Root of Yahoo Finance's chart API, where `data download` gets daily bars (/v8/finance/chart/SYMBOL)", false,
            "ALGO_TRADER_YAHOO_BASE_URL"),
    HTTP_PORT("http.port", "8090", "a port number 1-65535",
            "Port of the service's health endpoint (http://127.0.0.1:PORT/actuator/health), run mode only", false,
            "ALGO_TRADER_HTTP_PORT"),
    HARDWARE("hardware", "auto", "auto, pi4j or off", "Status light and kill-switch button (Pi4J on a Raspberry Pi)",
            false, "ALGO_TRADER_HARDWARE"),
    HARDWARE_LED_PIN("hardware-pins.led", "17", "a BCM GPIO number 0-27, unlike the other panel pins",
            "BCM number of the status light's pin (17 is physical header pin 11)", false,
            "ALGO_TRADER_HARDWARE_LED_PIN"),
    HARDWARE_BUTTON_PIN("hardware-pins.button", "27", "a BCM GPIO number 0-27, unlike the other panel pins",
            "BCM number of the kill-switch button's pin (27 is physical header pin 13)", false,
            "ALGO_TRADER_HARDWARE_BUTTON_PIN"),
    HARDWARE_BUZZER_PIN("hardware-pins.buzzer", "22", "a BCM GPIO number 0-27, unlike the other panel pins",
            "BCM number of the active buzzer's pin (22 is physical header pin 15)", false,
            "ALGO_TRADER_HARDWARE_BUZZER_PIN"),
    GRAFANA_HOST("grafana.host", "localhost", "a host name or address",
            "Host of Grafana's HTTP API (docker compose publishes it on 127.0.0.1)", false,
            "ALGO_TRADER_GRAFANA_HOST", "GRAFANA_HOST"),
    GRAFANA_PORT("grafana.port", "3000", "a port number 1-65535",
            "Grafana port (also the port docker compose publishes)", false,
            "ALGO_TRADER_GRAFANA_PORT", "GRAFANA_PORT"),
    GRAFANA_ADMIN_USER("grafana.admin-user", "admin", "a user name", "Grafana administrator", false,
            "ALGO_TRADER_GRAFANA_ADMIN_USER", "GRAFANA_ADMIN_USER"),
    GRAFANA_ADMIN_PASSWORD("grafana.admin-password", "", "any text; empty = anonymous (read-only) API access",
            "Grafana administrator's password", true, "ALGO_TRADER_GRAFANA_ADMIN_PASSWORD", "GRAFANA_ADMIN_PASSWORD"),
    DOCKER("grafana.docker", "docker", "docker (looked up on the PATH) or the path of a docker executable",
            "The docker executable that `grafana start|stop|restart|status|logs` runs", false,
            "ALGO_TRADER_DOCKER");

    /** The exact phrase {@link #LIVE_CONFIRMATION} must hold before live orders can be sent. */
    public static final String LIVE_CONFIRMATION_PHRASE = "I-ACCEPT-REAL-MONEY-RISK";

    /** The prefix of every algo_trader property. */
    public static final String PREFIX = "algo-trader.";

    private final String property;
    private final String defaultValue;
    private final String allowed;
    private final String description;
    private final boolean secret;
    private final List<String> variables;

    Setting(String property, String defaultValue, String allowed, String description, boolean secret,
            String... variables) {
        this.property = property;
        this.defaultValue = defaultValue;
        this.allowed = allowed;
        this.description = description;
        this.secret = secret;
        this.variables = List.of(variables);
    }

    /**
     * The full property name, e.g. {@code algo-trader.redis.port}.
     *
     * @return the property name
     */
    public String property() {
        return PREFIX + property;
    }

    /**
     * The default used when no variable is set.
     *
     * @return the default, possibly empty
     */
    public String defaultValue() {
        return defaultValue;
    }

    /**
     * What values are allowed, in words.
     *
     * @return e.g. {@code a port number 1-65535}
     */
    public String allowed() {
        return allowed;
    }

    /**
     * What the setting is for.
     *
     * @return a short description
     */
    public String description() {
        return description;
    }

    /**
     * Whether the value is a secret that must never be shown.
     *
     * @return true for passwords, keys and tokens
     */
    public boolean secret() {
        return secret;
    }

    /**
     * The environment variables that set it, most specific first.
     *
     * @return e.g. {@code [ALGO_TRADER_REDIS_PORT, REDIS_PORT]}
     */
    public List<String> variables() {
        return variables;
    }

    /**
     * The variables joined for messages, e.g. {@code ALGO_TRADER_REDIS_PORT (or REDIS_PORT)}.
     *
     * @return the names
     */
    public String variableNames() {
        return variables.size() == 1 ? variables.getFirst()
                : variables.getFirst() + " (or " + String.join(", ", variables.subList(1, variables.size())) + ")";
    }

    /**
     * The setting bound to a property, if any.
     *
     * @param property a full property name such as {@code algo-trader.redis.port}
     * @return the setting
     */
    public static Optional<Setting> forProperty(String property) {
        return Arrays.stream(values()).filter(setting -> setting.property().equals(property)).findFirst();
    }
}
