package dev.artificer.component.backtest.tearsheet;

import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.EquityCurve;
import dev.artificer.component.backtest.Opening;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark of a backtest: the initial cash split equally over the symbols, each part buying its symbol at the
 * first open it trades and holding it (fractional shares, no costs), never rebalanced. Its final return is therefore
 * the average over the symbols of last close / first open - 1, the engine's {@code buyAndHoldReturn}. A part whose
 * symbol has not traded yet waits in cash. The benchmark is a run without fills, so every curve metric of
 * {@link dev.artificer.component.backtest.PerformanceMetrics} measures it too.
 */
public final class BuyAndHold {

    private BuyAndHold() {
    }

    /**
     * The benchmark over bars.
     *
     * @param bars        the bars of the run, any order
     * @param initialCash the money to invest
     * @param timeframe   the bar size
     * @return a run named "buy and hold", one equity point per distinct bar start
     */
    public static BacktestResult of(List<Bar> bars, double initialCash, Timeframe timeframe) {
        List<Bar> ordered = bars.stream().sorted(Comparator.comparing(Bar::start)).toList();
        Map<Symbol, Double> firstOpen = new LinkedHashMap<>();
        ordered.forEach(bar -> firstOpen.putIfAbsent(bar.symbol(), bar.open()));
        double part = initialCash / Math.max(1, firstOpen.size());
        Map<Symbol, Double> lastClose = new HashMap<>();
        long[] distinct = ordered.stream().mapToLong(bar -> bar.start().toEpochMilli()).distinct().toArray();
        Instant[] times = new Instant[distinct.length];
        double[] equity = new double[distinct.length];
        double[] gross = new double[distinct.length];
        int point = -1;
        for (Bar bar : ordered) {
            if (point < 0 || times[point].toEpochMilli() != bar.start().toEpochMilli()) {
                point++;
                times[point] = bar.start();
            }
            lastClose.put(bar.symbol(), bar.close());
            double held = 0;
            for (Map.Entry<Symbol, Double> close : lastClose.entrySet()) {
                held += part * close.getValue() / firstOpen.get(close.getKey());
            }
            gross[point] = held;
            equity[point] = held + part * (firstOpen.size() - lastClose.size());
        }
        EquityCurve curve = EquityCurve.of(times, equity, gross);
        double finalEquity = equity.length == 0 ? initialCash : equity[equity.length - 1];
        double finalCash = equity.length == 0 ? initialCash : finalEquity - gross[gross.length - 1];
        return new BacktestResult("buy and hold", timeframe, initialCash, List.of(), List.of(), curve, finalCash,
                Map.of(), finalEquity / initialCash - 1, Opening.cash(initialCash), Map.of(), List.of());
    }
}
