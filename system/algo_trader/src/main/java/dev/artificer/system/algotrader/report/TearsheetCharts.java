package dev.artificer.system.algotrader.report;

import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.EquityCurve;
import dev.artificer.component.backtest.Fill;
import dev.artificer.component.backtest.tearsheet.DailyReturns;
import dev.artificer.component.backtest.tearsheet.DrawdownPeriod;
import dev.artificer.component.backtest.tearsheet.Tearsheet;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.MarketSession;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.strategy.Side;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.DoubleStream;

/** The tearsheet's charts, each an inline SVG drawn from the run, its benchmark and their daily returns. */
final class TearsheetCharts {

    static final String STRATEGY_COLOR = "#2563eb";
    static final String BENCHMARK_COLOR = "#9aa3b2";
    private static final ZoneId NEW_YORK = MarketSession.NEW_YORK.zone();
    private static final int HISTOGRAM_BINS = 40;

    private final Tearsheet sheet;
    private final BacktestResult result;
    private final double initialCash;

    TearsheetCharts(Tearsheet sheet, BacktestResult result) {
        this.sheet = sheet;
        this.result = result;
        this.initialCash = result.initialCash();
    }

    String cumulative() {
        return SvgChart.render("cumulative", List.of(
                growth("strategy", STRATEGY_COLOR, strategyCurve(), 100, -100),
                growth("buy and hold", BENCHMARK_COLOR, benchmarkCurve(), 100, -100)), List.of(), List.of(), false,
                value -> SvgChart.format("%+.1f %%", value));
    }

    String cumulativeLog() {
        return SvgChart.render("cumulative-log", List.of(
                growth("strategy", STRATEGY_COLOR, strategyCurve(), 1, 0),
                growth("buy and hold", BENCHMARK_COLOR, benchmarkCurve(), 1, 0)), List.of(), List.of(), true,
                value -> SvgChart.format("%+.1f %%", (value - 1) * 100));
    }

    String underwater() {
        List<Band> bands = new ArrayList<>();
        EquityCurve curve = strategyCurve();
        long end = curve.size() == 0 ? 0 : curve.time(curve.size() - 1).toEpochMilli();
        int rank = 1;
        for (DrawdownPeriod period : sheet.drawdowns()) {
            long to = period.recovery() == null ? end : millis(period.recovery());
            bands.add(new Band(millis(period.start()), to, "#" + rank++ + ": " + SvgChart.format("-%.2f %%",
                    period.depth() * 100) + " from " + period.start() + " to " + (period.recovery() == null
                    ? "not recovered" : period.recovery())));
        }
        return SvgChart.render("underwater", List.of(underwater("strategy", STRATEGY_COLOR, curve),
                underwater("buy and hold", BENCHMARK_COLOR, benchmarkCurve())), List.of(), bands, false,
                value -> SvgChart.format("%.1f %%", value));
    }

    String heatmap() {
        return SvgHeatmap.render("monthly-returns", sheet.strategyDaily().monthly(), sheet.strategyDaily().yearly());
    }

    String yearly() {
        Map<Year, Double> strategy = sheet.strategyDaily().yearly();
        Map<Year, Double> benchmark = sheet.benchmarkDaily().yearly();
        TreeSet<Year> years = new TreeSet<>(strategy.keySet());
        years.addAll(benchmark.keySet());
        List<String> labels = years.stream().map(Year::toString).toList();
        return SvgBars.render("yearly-returns", labels, List.of(
                new SvgBars.Bars("strategy", STRATEGY_COLOR, years.stream()
                        .mapToDouble(year -> 100 * strategy.getOrDefault(year, Double.NaN)).toArray()),
                new SvgBars.Bars("buy and hold", BENCHMARK_COLOR, years.stream()
                        .mapToDouble(year -> 100 * benchmark.getOrDefault(year, Double.NaN)).toArray())),
                value -> SvgChart.format("%+.1f %%", value));
    }

    String rollingSharpe() {
        int window = window();
        double riskFree = Math.pow(1 + sheet.strategy().riskFreeRate(), 1 / sheet.periodsPerYear()) - 1;
        return SvgChart.render("rolling-sharpe", List.of(
                daily("strategy", STRATEGY_COLOR, sheet.strategyDaily(),
                        sheet.strategyDaily().rollingSharpe(window, riskFree, sheet.periodsPerYear())),
                daily("buy and hold", BENCHMARK_COLOR, sheet.benchmarkDaily(),
                        sheet.benchmarkDaily().rollingSharpe(window, riskFree, sheet.periodsPerYear()))),
                List.of(), List.of(), false, value -> SvgChart.format("%.2f", value));
    }

    String rollingVolatility() {
        int window = window();
        return SvgChart.render("rolling-volatility", List.of(
                daily("strategy", STRATEGY_COLOR, sheet.strategyDaily(), scaled(
                        sheet.strategyDaily().rollingVolatility(window, sheet.periodsPerYear()))),
                daily("buy and hold", BENCHMARK_COLOR, sheet.benchmarkDaily(), scaled(
                        sheet.benchmarkDaily().rollingVolatility(window, sheet.periodsPerYear())))),
                List.of(), List.of(), false, value -> SvgChart.format("%.1f %%", value));
    }

    /** Dates in six months: half a year of periods. */
    int window() {
        return Math.max(2, (int) Math.round(sheet.periodsPerYear() / 2));
    }

    String histogram() {
        double[] strategy = sheet.strategyDaily().values();
        double[] benchmark = sheet.benchmarkDaily().values();
        double low = min(strategy, benchmark);
        double high = max(strategy, benchmark);
        if (!(high > low)) {
            return SvgBars.render("return-histogram", List.of(), List.of(), value -> "");
        }
        double width = (high - low) / HISTOGRAM_BINS;
        List<String> labels = new ArrayList<>();
        for (int bin = 0; bin < HISTOGRAM_BINS; bin++) {
            labels.add(SvgChart.format("%+.1f%%", 100 * (low + width * (bin + 0.5)) + 0.0));
        }
        return SvgBars.render("return-histogram", labels, List.of(
                new SvgBars.Bars("strategy", STRATEGY_COLOR, counts(strategy, low, width)),
                new SvgBars.Bars("buy and hold", BENCHMARK_COLOR, counts(benchmark, low, width))),
                value -> SvgChart.format("%.0f", value));
    }

    String exposure() {
        EquityCurve curve = strategyCurve();
        long[] times = new long[curve.size()];
        double[] share = new double[curve.size()];
        for (int index = 0; index < curve.size(); index++) {
            times[index] = curve.time(index).toEpochMilli();
            share[index] = curve.equity(index) > 0 ? 100 * curve.gross(index) / curve.equity(index) : Double.NaN;
        }
        return SvgChart.render("exposure", List.of(new Series("gross exposure", STRATEGY_COLOR, times, share)),
                List.of(), List.of(), false, value -> SvgChart.format("%.0f %%", value));
    }

    static String price(Symbol symbol, List<Bar> bars, List<Fill> fills) {
        Series closes = new Series("close", "#1d2430", bars.stream().mapToLong(bar -> bar.start().toEpochMilli())
                .toArray(), bars.stream().mapToDouble(Bar::close).toArray());
        List<Marker> markers = fills.stream().filter(fill -> fill.symbol().equals(symbol))
                .map(fill -> new Marker(fill.time().toEpochMilli(), fill.price(), fill.side() == Side.BUY,
                        String.format(Locale.ROOT, "%s %d %s @ %.2f (%s)", fill.side(), fill.quantity(),
                                fill.symbol().value(), fill.price(), fill.time())))
                .toList();
        return SvgChart.render("price-" + symbol.value(), List.of(closes), markers, "%,.2f");
    }

    private EquityCurve strategyCurve() {
        return result.equityCurve();
    }

    private EquityCurve benchmarkCurve() {
        return sheet.benchmarkRun().equityCurve();
    }

    private Series growth(String label, String color, EquityCurve curve, double scale, double offset) {
        return growth(label, color, curve, initialCash, scale, offset);
    }

    /** (equity / initial cash) x scale + offset per point: a cumulative return in % or a growth of 1. */
    static Series growth(String label, String color, EquityCurve curve, double initialCash, double scale,
                         double offset) {
        long[] times = new long[curve.size()];
        double[] values = new double[curve.size()];
        for (int index = 0; index < curve.size(); index++) {
            times[index] = curve.time(index).toEpochMilli();
            values[index] = curve.equity(index) / initialCash * scale + offset;
        }
        return new Series(label, color, times, values);
    }

    private Series underwater(String label, String color, EquityCurve curve) {
        long[] times = new long[curve.size()];
        double[] values = new double[curve.size()];
        double peak = initialCash;
        for (int index = 0; index < curve.size(); index++) {
            peak = Math.max(peak, curve.equity(index));
            times[index] = curve.time(index).toEpochMilli();
            values[index] = -100 * (peak - curve.equity(index)) / peak;
        }
        return new Series(label, color, times, values);
    }

    private static Series daily(String label, String color, DailyReturns daily, double[] values) {
        long[] times = new long[daily.size()];
        for (int index = 0; index < times.length; index++) {
            times[index] = millis(daily.date(index));
        }
        return new Series(label, color, times, values);
    }

    private static double[] scaled(double[] fractions) {
        double[] percent = fractions.clone();
        for (int index = 0; index < percent.length; index++) {
            percent[index] *= 100;
        }
        return percent;
    }

    private static double[] counts(double[] values, double low, double width) {
        double[] counts = new double[HISTOGRAM_BINS];
        for (double value : values) {
            counts[Math.min(HISTOGRAM_BINS - 1, (int) ((value - low) / width))]++;
        }
        for (int bin = 0; bin < counts.length; bin++) {
            counts[bin] = counts[bin] == 0 ? Double.NaN : counts[bin];
        }
        return counts;
    }

    private static double min(double[] first, double[] second) {
        return DoubleStream.concat(Arrays.stream(first), Arrays.stream(second)).min().orElse(Double.NaN);
    }

    private static double max(double[] first, double[] second) {
        return DoubleStream.concat(Arrays.stream(first), Arrays.stream(second)).max().orElse(Double.NaN);
    }

    private static long millis(LocalDate date) {
        return date.atStartOfDay(NEW_YORK).toInstant().toEpochMilli();
    }
}
