package dev.artificer.system.algotrader.trading;

import dev.artificer.system.algotrader.config.TradingMode;
import dev.artificer.system.algotrader.trading.broker.AccountSnapshot;
import dev.artificer.system.algotrader.trading.risk.RiskVerdict;
import java.time.Instant;

/**
 * Where trading events go for the Grafana trading dashboard (annotations, positions, P&amp;L, equity): InfluxDB
 * when configured, else nowhere. Failures to write never stop trading.
 */
public interface TradingTelemetry {

    /**
     * A decision and its risk outcome.
     *
     * @param decision the decision
     * @param verdict  the outcome
     * @param mode     paper or live
     */
    void decision(Decision decision, RiskVerdict verdict, TradingMode mode);

    /**
     * An order's new status.
     *
     * @param order the order as journaled now
     * @param mode  paper or live
     * @param at    when it changed
     */
    void order(JournaledOrder order, TradingMode mode, Instant at);

    /**
     * The account after a decision-loop run.
     *
     * @param account        the account
     * @param dayStartEquity the equity at the day's start
     * @param mode           paper or live
     * @param at             when
     */
    void account(AccountSnapshot account, double dayStartEquity, TradingMode mode, Instant at);

    /**
     * Telemetry that goes nowhere, for setups without InfluxDB.
     *
     * @return the no-op telemetry
     */
    static TradingTelemetry none() {
        return new TradingTelemetry() {
            @Override
            public void decision(Decision decision, RiskVerdict verdict, TradingMode mode) {
            }

            @Override
            public void order(JournaledOrder order, TradingMode mode, Instant at) {
            }

            @Override
            public void account(AccountSnapshot account, double dayStartEquity, TradingMode mode, Instant at) {
            }
        };
    }
}
