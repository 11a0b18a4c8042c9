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
    private static final double RULES_SLOWDOWN_TARGET = 1.5;

    private Report() {
    }

    /** A throughput in bars per second, its error (99.9 %) and the bytes allocated per bar. */
    private record Score(double barsPerSecond, double error, double bytesPerBar) {
    }

    static String markdown(Collection<RunResult> results) {
        StringBuilder compile = new StringBuilder();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            if (benchmark.contains(CompileBenchmark.class.getSimpleName())) {
                compile.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f |%n",
                        benchmark.endsWith("firstCompile") ? "first compile in a fresh JVM (what a command pays)"
                                : "compile again in a warm JVM (what the service pays for an edit)",
                        result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError()));
            }
        }
        if (!compile.isEmpty()) {
            return "| Compiling a folder of " + CompileBenchmark.FILES + " strategy files | ms | ± (99.9 %) |\n"
                    + "|---|---:|---:|\n" + compile + "\nTarget: under 3,000 ms for the first compile.\n";
        }
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
        Score ordered = scores.get("oursOrdered");
        Score walk = scores.get("walk");
        Score rules = scores.get("rulesOrdered");
        Score ta4j = scores.get("ta4j");
        Score one = scores.get("grid1");
        Score two = scores.get("grid2");
        StringBuilder out = new StringBuilder();
        out.append("| Benchmark | bars/s | ± (99.9 %) | ns/bar | B/bar | ratio |\n|---|---:|---:|---:|---:|---:|\n");
        row(out, "this engine, SMA(10/30) cross, 1,000,000 bars, 1 thread", ours,
                "this / ta4j = " + ratio(ours, ta4j));
        row(out, "this engine, the same bars already in replay order (`OrderedBars`)", ordered,
                "this / ta4j = " + ratio(ordered, ta4j));
        row(out, "the same strategy as `rules` expressions (crosses_above/below of two catalogue SMAs), in replay order",
                rules, "rules time / sma-cross time = " + ratio(ordered, rules));
        row(out, "one pass over the same bars (reads close and start only)", walk,
                "this engine's time / one pass = " + ratio(walk, ours));
        row(out, "ta4j 0.22.2 `BarSeriesManager`, DoubleNum, same bars", ta4j, "");
        row(out, "grid search, 100 backtests x 100,000 bars, 1 thread", one, "");
        row(out, "grid search, 100 backtests x 100,000 bars, 2 threads", two, "scaling = " + ratio(two, one));
        out.append("\n");
        out.append("## Targets in this run\n\n");
        if (ours != null) {
            out.append(target(">= 10,000,000 bars/s", ours.barsPerSecond() >= BARS_PER_SECOND_TARGET,
                    String.format(Locale.ROOT, "%,.0f bars/s", ours.barsPerSecond())));
        }
        out.append(target(">= 50x ta4j", ours, ta4j, TA4J_RATIO_TARGET));
        out.append(target(">= 50x ta4j, bars already in replay order", ordered, ta4j, TA4J_RATIO_TARGET));
        out.append(target(">= 1.8x from 1 to 2 threads", two, one, SCALING_TARGET));
        if (rules != null && ordered != null) {
            double slowdown = ordered.barsPerSecond() / rules.barsPerSecond();
            out.append(target("rules <= 1.5x the time of sma-cross (same fills)", slowdown <= RULES_SLOWDOWN_TARGET,
                    ratio(slowdown)));
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

    private static String target(String name, Score numerator, Score denominator, double wanted) {
        if (numerator == null || denominator == null) {
            return "";
        }
        return target(name, numerator.barsPerSecond() / denominator.barsPerSecond() >= wanted,
                ratio(numerator, denominator));
    }

    private static String ratio(Score numerator, Score denominator) {
        return numerator == null || denominator == null ? "-"
                : ratio(numerator.barsPerSecond() / denominator.barsPerSecond());
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2fx", value);
    }
}
