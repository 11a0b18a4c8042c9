package dev.artificer.system.algotrader.observability;

import dev.artificer.component.strategy.Side;
import dev.artificer.system.algotrader.adapters.influx.BarSchema;
import dev.artificer.system.algotrader.config.TradingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every InfluxDB measurement the Grafana dashboards read, besides the bars of {@link BarSchema}: trading
 * (decisions, orders, positions, P&amp;L, equity), backtests, and the application metrics as Micrometer's InfluxDB
 * registry writes them. Code that writes these series uses exactly these names; a consistency test checks that
 * every dashboard query reads only names defined here or in {@link BarSchema}, and filters an enumerated tag only
 * on values the code writes (the writers take those values from here: {@link #mode}, {@link #side},
 * {@link OrderStatusTag}, {@link OutcomeTag}).
 *
 * <p>Timestamps are UTC instants; prices and amounts are in US dollars.
 */
public final class ObservabilitySchema {

    /** Tag: the ticker, as in {@link BarSchema#SYMBOL}. */
    public static final String SYMBOL = BarSchema.SYMBOL;
    /** Tag: {@code paper} or {@code live}. */
    public static final String MODE = "mode";
    /** Tag: the strategy's name. */
    public static final String STRATEGY = "strategy";
    /** Tag of a decision: what it does, {@code buy} or {@code sell}. */
    public static final String ACTION = "action";
    /** Tag of an order: {@code buy} or {@code sell}. */
    public static final String SIDE = "side";
    /** Tag of an order event: one of {@link OrderStatusTag}. */
    public static final String STATUS = "status";

    /** Every value of the mode tag. */
    public static final List<String> MODES = Arrays.stream(TradingMode.values()).map(ObservabilitySchema::mode).toList();
    /** Every value of the action and side tags. */
    public static final List<String> SIDES = Arrays.stream(Side.values()).map(ObservabilitySchema::side).toList();

    /**
     * A strategy's decision, one point per decision. Tags: symbol, strategy, mode and action ({@code buy},
     * {@code sell}). Fields: price (the price decided at), quantity, reason (text, shown on the
     * annotation).
     */
    public static final Measurement DECISIONS = new Measurement("decisions",
            List.of(SYMBOL, STRATEGY, MODE, ACTION), List.of("price", "quantity", "reason"),
            Map.of(MODE, MODES, ACTION, SIDES));

    /**
     * An order event, one point per state change. Tags: symbol, mode, side ({@code buy}, {@code sell}) and status
     * ({@code submitted}, {@code filled}, {@code cancelled}, {@code rejected}). Fields: price (limit or fill price),
     * quantity, order_id (text).
     */
    public static final Measurement ORDERS = new Measurement("orders",
            List.of(SYMBOL, MODE, SIDE, STATUS), List.of("price", "quantity", "order_id"),
            Map.of(MODE, MODES, SIDE, SIDES, STATUS, OrderStatusTag.TAG_VALUES));

    /**
     * A position snapshot per symbol. Tags: symbol, mode. Fields: quantity (negative = short), average_price,
     * market_value, unrealized_pnl. A position that closes gets one last point with every field 0.
     */
    public static final Measurement POSITIONS = new Measurement("positions",
            List.of(SYMBOL, MODE), List.of("quantity", "average_price", "market_value", "unrealized_pnl"),
            Map.of(MODE, MODES));

    /** Profit and loss over time. Tags: mode, strategy. Fields: realized, unrealized, total. */
    public static final Measurement PNL = new Measurement("pnl",
            List.of(MODE, STRATEGY), List.of("realized", "unrealized", "total"), Map.of(MODE, MODES));

    /** The account's value over time. Tags: mode. Fields: equity (cash + positions), cash. */
    public static final Measurement EQUITY = new Measurement("equity", List.of(MODE), List.of("equity", "cash"),
            Map.of(MODE, MODES));

    /**
     * A backtest's equity curve, one point per simulated bar. Tags: run_id (the backtest run), strategy, symbol.
     * Fields: equity, drawdown (fraction below the running peak, 0 to 1: 0.12 = 12 % below).
     */
    public static final Measurement BACKTEST_EQUITY = new Measurement("backtest_equity",
            List.of("run_id", STRATEGY, SYMBOL), List.of("equity", "drawdown"));

    /** The bars, as {@link BarSchema} defines them. */
    public static final Measurement BARS = new Measurement(BarSchema.MEASUREMENT, BarSchema.TAGS, BarSchema.FIELDS);

    /**
     * Application metrics: the Micrometer meter names and what Micrometer's InfluxDB registry writes for them. The
     * registry turns a meter name into a snake_case measurement ({@code algo_trader.schwab.calls} becomes
     * {@code algo_trader_schwab_calls}), adds the tag {@code metric_type}, and writes the fields {@code value}
     * (counters: the count of one step; gauges) or {@code sum, count, mean, upper} (timers, in milliseconds).
     */
    public static final class Metrics {

        /** The tag Micrometer's InfluxDB registry adds to every point. */
        public static final String METRIC_TYPE = "metric_type";
        /** Fields of a counter or gauge. */
        public static final List<String> VALUE_FIELDS = List.of("value");
        /** Fields of a timer or distribution summary. */
        public static final List<String> TIMER_FIELDS = List.of("sum", "count", "mean", "upper");

        /** Timer: from a bar's time to the moment it was stored. Tags: symbol, timeframe. */
        public static final String INGESTION_LATENCY = "algo_trader.ingestion.latency";
        /** Counter: Schwab API calls. Tags: endpoint, outcome ({@link OutcomeTag}). */
        public static final String SCHWAB_CALLS = "algo_trader.schwab.calls";
        /** Timer: time spent waiting for the client-side rate limit. No tags. */
        public static final String SCHWAB_RATE_LIMIT_WAITS = "algo_trader.schwab.rate_limit.waits";
        /** Counter: token refreshes. Tags: outcome ({@link OutcomeTag}). */
        public static final String SCHWAB_TOKEN_REFRESHES = "algo_trader.schwab.token.refreshes";
        /** Timer: one job run. Tags: job, outcome ({@link OutcomeTag}). */
        public static final String JOB_DURATION = "algo_trader.job.duration";
        /** Counter: quotes and minutes received from the live feed. No tags. */
        public static final String STREAM_MESSAGES = "algo_trader.stream.messages";
        /** Counter: the live feed's lost connections, each followed by a reconnect. No tags. */
        public static final String STREAM_RECONNECTS = "algo_trader.stream.reconnects";
        /** Counter: the live feed's gaps filled from price history. No tags. */
        public static final String STREAM_GAPS_FILLED = "algo_trader.stream.gaps.filled";
        /** Counter: the minutes those gaps brought. No tags. */
        public static final String STREAM_GAP_MINUTES = "algo_trader.stream.gap.minutes";
        /** Timer: from a minute's arrival from the live feed to its bars stored. Tags: symbol, timeframe. */
        public static final String STREAM_STORED_LATENCY = "algo_trader.stream.stored.latency";
        /**
         * Timer: from a bar's close to its assignment's strategy having decided on it (orders journaled). Tags: symbol,
         * timeframe, strategy (the assignment's strategy and parameters).
         */
        public static final String DECISION_LATENCY = "algo_trader.trading.decision.latency";
        /** Gauge (Micrometer's JVM binder): memory used. Tags: area ({@code heap}, {@code nonheap}), id (pool). */
        public static final String JVM_MEMORY_USED = "jvm.memory.used";
        /** Gauge (Micrometer's JVM binder): memory that can be used at most. Tags: area, id. */
        public static final String JVM_MEMORY_MAX = "jvm.memory.max";

        /** The tag for a call's or run's result. */
        public static final String OUTCOME = "outcome";

        /** Every metric measurement, as the registry writes it. */
        public static final List<Measurement> MEASUREMENTS = List.of(
                timer(INGESTION_LATENCY, SYMBOL, BarSchema.TIMEFRAME),
                withOutcome(counter(SCHWAB_CALLS, "endpoint", OUTCOME)),
                timer(SCHWAB_RATE_LIMIT_WAITS),
                withOutcome(counter(SCHWAB_TOKEN_REFRESHES, OUTCOME)),
                withOutcome(timer(JOB_DURATION, "job", OUTCOME)),
                counter(STREAM_MESSAGES),
                counter(STREAM_RECONNECTS),
                counter(STREAM_GAPS_FILLED),
                counter(STREAM_GAP_MINUTES),
                timer(STREAM_STORED_LATENCY, SYMBOL, BarSchema.TIMEFRAME),
                timer(DECISION_LATENCY, SYMBOL, BarSchema.TIMEFRAME, STRATEGY),
                gauge(JVM_MEMORY_USED, "area", "id"),
                gauge(JVM_MEMORY_MAX, "area", "id"));

        private Metrics() {
        }

        /**
         * The measurement name Micrometer's InfluxDB registry writes for a meter name (its snake_case naming
         * convention).
         *
         * @param meterName e.g. {@code algo_trader.schwab.calls}
         * @return e.g. {@code algo_trader_schwab_calls}
         */
        public static String measurement(String meterName) {
            return meterName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('.', '_').toLowerCase(Locale.ROOT);
        }

        private static Measurement timer(String meterName, String... tags) {
            return new Measurement(measurement(meterName), withMetricType(tags), TIMER_FIELDS);
        }

        private static Measurement counter(String meterName, String... tags) {
            return new Measurement(measurement(meterName), withMetricType(tags), VALUE_FIELDS);
        }

        private static Measurement gauge(String meterName, String... tags) {
            return counter(meterName, tags);
        }

        private static Measurement withOutcome(Measurement measurement) {
            return new Measurement(measurement.name(), measurement.tags(), measurement.fields(),
                    Map.of(OUTCOME, OutcomeTag.TAG_VALUES));
        }

        private static List<String> withMetricType(String... tags) {
            return Stream.concat(Stream.of(tags), Stream.of(METRIC_TYPE)).toList();
        }
    }

    /** Every measurement the dashboards may read: bars, trading, backtests and metrics. */
    public static final List<Measurement> ALL = Stream.concat(
            Stream.of(BARS, DECISIONS, ORDERS, POSITIONS, PNL, EQUITY, BACKTEST_EQUITY),
            Metrics.MEASUREMENTS.stream()).toList();

    private ObservabilitySchema() {
    }

    /**
     * The mode tag's value for a trading mode.
     *
     * @param mode paper or live
     * @return {@code paper} or {@code live}
     */
    public static String mode(TradingMode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The action or side tag's value for an order side.
     *
     * @param side buy or sell
     * @return {@code buy} or {@code sell}
     */
    public static String side(Side side) {
        return side.name().toLowerCase(Locale.ROOT);
    }
}
