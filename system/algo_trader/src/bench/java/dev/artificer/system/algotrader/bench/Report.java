package dev.artificer.system.algotrader.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** The Markdown report of a run: bars per second, bytes allocated per bar, the ratios and the targets. */
final class Report {

    private static final String ALLOCATION = "gc.alloc.rate.norm";
    private static final double BARS_PER_SECOND_TARGET = 10_000_000;
    private static final double TA4J_RATIO_TARGET = 50;
    private static final double SCALING_TARGET = 1.8;

    private Report() {
    }

    /** A throughput in bars per second, its error (99.9 %) and the bytes allocated per bar. */
    private record Score(double barsPerSecond, double error, double bytesPerBar) {
    }

    static String markdown(Collection<RunResult> results) {
        Map<String, Score> scores = new HashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String key = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String threads = result.getParams().getParam("threads");
            Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
            scores.put(threads == null ? key : key + threads, new Score(result.getPrimaryResult().getScore(),
                    result.getPrimaryResult().getScoreError(),
                    allocation == null ? Double.NaN : allocation.getScore()));
        }
        Score ours = scores.get("ours");
        Score ta4j = scores.get("ta4j");
        Score one = scores.get("grid1");
        Score two = scores.get("grid2");
        StringBuilder out = new StringBuilder();
        out.append("| Benchmark | bars/s | ± (99.9 %) | ns/bar | B/bar | ratio |\n|---|---:|---:|---:|---:|---:|\n");
        row(out, "this engine, SMA(10/30) cross, 1,000,000 bars, 1 thread", ours, "");
        Score walk = scores.get("walk");
        row(out, "one pass over the same bars (reads close and start only)", walk,
                ours == null || walk == null ? "-"
                        : "time / one pass = " + ratio(walk.barsPerSecond() / ours.barsPerSecond()));
        row(out, "ta4j 0.22.2 `BarSeriesManager`, DoubleNum, same bars", ta4j,
                ours == null || ta4j == null ? "-"
                        : "this / ta4j = " + ratio(ours.barsPerSecond() / ta4j.barsPerSecond()));
        row(out, "grid search, 100 backtests x 100,000 bars, 1 thread", one, "");
        row(out, "grid search, 100 backtests x 100,000 bars, 2 threads", two,
                one == null || two == null ? "-" : "scaling = " + ratio(two.barsPerSecond() / one.barsPerSecond()));
        out.append("\n");
        out.append("## Targets in this run\n\n");
        if (ours != null) {
            out.append(target(">= 10,000,000 bars/s", ours.barsPerSecond() >= BARS_PER_SECOND_TARGET,
                    String.format(Locale.ROOT, "%,.0f bars/s", ours.barsPerSecond())));
        }
        if (ours != null && ta4j != null) {
            double speedUp = ours.barsPerSecond() / ta4j.barsPerSecond();
            out.append(target(">= 50x ta4j", speedUp >= TA4J_RATIO_TARGET, ratio(speedUp)));
        }
        if (one != null && two != null) {
            double scaling = two.barsPerSecond() / one.barsPerSecond();
            out.append(target(">= 1.8x from 1 to 2 threads", scaling >= SCALING_TARGET, ratio(scaling)));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Score score, String ratio) {
        if (score != null) {
            out.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %.2f | %.3f | %s |%n", name,
                    score.barsPerSecond(), score.error(), 1e9 / score.barsPerSecond(), score.bytesPerBar(), ratio));
        }
    }

    private static String target(String name, boolean met, String value) {
        return "- " + name + ": " + (met ? "met" : "MISSED") + " (" + value + ")\n";
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2fx", value);
    }
}
