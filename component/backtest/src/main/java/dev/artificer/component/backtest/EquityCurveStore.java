package dev.artificer.component.backtest;

/** Where a backtest's equity curve goes for the Grafana backtest dashboard. */
public interface EquityCurveStore {

    /**
     * Writes a run's curve: equity and drawdown at each point.
     *
     * @param runId    the run's id
     * @param strategy the strategy's name
     * @param symbols  the symbols, comma-separated
     * @param curve    the curve
     * @return how many points were written (0 when the store keeps none)
     */
    int write(long runId, String strategy, String symbols, EquityCurve curve);

    /**
     * Where curves go, for messages.
     *
     * @return e.g. the InfluxDB URL and bucket
     */
    String location();
}
