package dev.artificer.component.backtest;

/**
 * The equity curve store when InfluxDB is not configured: the Grafana backtest dashboard reads only InfluxDB, so
 * curves are not kept (the run's metrics, trades and HTML report still are).
 */
public final class UnstoredEquityCurves implements EquityCurveStore {

    @Override
    public int write(long runId, String strategy, String symbols, EquityCurve curve) {
        return 0;
    }

    @Override
    public String location() {
        return "not stored (InfluxDB is not configured; the HTML report has the curve)";
    }
}
