package dev.artificer.system.algotrader.adapters.dashboard;

import dev.artificer.infrastructure.influxdb.BaseInfluxClient;
import dev.artificer.infrastructure.influxdb.DataPoint;
import dev.artificer.component.backtest.EquityCurve;
import dev.artificer.component.backtest.EquityCurveStore;
import dev.artificer.system.algotrader.observability.ObservabilitySchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Backtest equity curves as points of {@link ObservabilitySchema#BACKTEST_EQUITY}, where the Grafana backtest
 * dashboard reads them, written in blocking batches.
 */
public final class InfluxEquityCurveStore implements EquityCurveStore {

    private static final int BATCH = 5_000;

    private final BaseInfluxClient influx;

    /**
     * Creates the store.
     *
     * @param influx the InfluxDB client
     */
    public InfluxEquityCurveStore(BaseInfluxClient influx) {
        this.influx = influx;
    }

    @Override
    public int write(long runId, String strategy, String symbols, EquityCurve curve) {
        List<DataPoint> points = points(runId, strategy, symbols, curve);
        for (int from = 0; from < points.size(); from += BATCH) {
            influx.writeBlocking(points.subList(from, Math.min(points.size(), from + BATCH)));
        }
        return points.size();
    }

    @Override
    public String location() {
        return "influxdb " + influx.settings().url() + " bucket " + influx.settings().bucket();
    }

    static List<DataPoint> points(long runId, String strategy, String symbols, EquityCurve curve) {
        List<String> fields = ObservabilitySchema.BACKTEST_EQUITY.fields();
        List<DataPoint> points = new ArrayList<>(curve.size());
        double peak = Double.NEGATIVE_INFINITY;
        for (int index = 0; index < curve.size(); index++) {
            double equity = curve.equity(index);
            peak = Math.max(peak, equity);
            points.add(DataPoint.builder(ObservabilitySchema.BACKTEST_EQUITY.name())
                    .tag("run_id", Long.toString(runId))
                    .tag(ObservabilitySchema.STRATEGY, strategy)
                    .tag(ObservabilitySchema.SYMBOL, symbols)
                    .field(fields.get(0), equity)
                    .field(fields.get(1), peak > 0 ? (peak - equity) / peak : 0)
                    .time(curve.time(index))
                    .build());
        }
        return points;
    }
}
