package dev.artificer.component.indicators.bench;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** The Markdown tables of a benchmark run: nanoseconds per bar, the ratios of the targets, and allocation. */
final class Report {

    private static final String ALLOCATION = "gc.alloc.rate.norm";

    private Report() {
    }

    /** A time per operation with its error (JMH's 99.9% confidence half-width), and an allocation. */
    private record Score(double nanoseconds, double error, double bytes) {
    }

    static String markdown(Collection<RunResult> results) {
        Map<String, Map<Subject, Score>> scores = new HashMap<>();
        Map<String, Score> extremes = new TreeMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            if (benchmark.contains(WindowExtremeBenchmark.class.getSimpleName())) {
                extremes.put(String.format(Locale.ROOT, "%03d %s %s", Integer.parseInt(result.getParams().getParam(
                        "period")), result.getParams().getParam("shape"), benchmark.substring(benchmark.lastIndexOf('.') + 1)),
                        new Score(result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError(), Double.NaN));
                continue;
            }
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String key = benchmark.contains("Streaming") ? "streaming" : method;
            Subject subject = Subject.valueOf(result.getParams().getParam("subject"));
            Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
            scores.computeIfAbsent(key, k -> new EnumMap<>(Subject.class)).put(subject,
                    new Score(result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError(),
                            allocation == null ? Double.NaN : allocation.getScore()));
        }
        StringBuilder out = new StringBuilder();
        out.append("| Indicator | this library | TA-Lib 0.4.0 | ta4j 0.22.2 | arraycopy | this / TA-Lib | ta4j / this "
                + "| this / arraycopy | streaming update | streaming alloc |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Subject subject : Subject.values()) {
            double ours = time(scores, "ours", subject);
            double taLib = time(scores, "taLib", subject);
            double ta4j = time(scores, "ta4j", subject);
            double baseline = time(scores, "baseline", subject);
            Score streaming = scores.getOrDefault("streaming", Map.of()).get(subject);
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", subject,
                    withError(scores, "ours", subject), withError(scores, "taLib", subject), nanos(ta4j),
                    nanos(baseline), ratioWithError(scores, subject), ratio(ta4j, ours),
                    ratio(ours, baseline), streaming == null ? "-" : nanos(streaming.nanoseconds()),
                    streaming == null ? "-" : bytes(streaming.bytes())));
        }
        out.append("\nTimes are ns per bar (batch) or per update (streaming); alloc is bytes per update; ± is JMH's "
                + "99.9% confidence half-width, and the ratio's ± combines both; - means not run.\n\n");
        out.append(targets(scores));
        out.append("| Indicator | this library B/bar | TA-Lib B/bar | ta4j B/bar |\n|---|---:|---:|---:|\n");
        for (Subject subject : Subject.values()) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", subject,
                    bytes(allocation(scores, "ours", subject)), bytes(allocation(scores, "taLib", subject)),
                    bytes(allocation(scores, "ta4j", subject))));
        }
        if (!extremes.isEmpty()) {
            out.append(extremeTable(extremes));
        }
        return out.toString();
    }

    /** The MAX table of {@link WindowExtremeBenchmark}: batch form, queue and TA-Lib by period and input. */
    private static String extremeTable(Map<String, Score> extremes) {
        StringBuilder out = new StringBuilder("\n## Window extremes by period (MAX)\n\n"
                + "| period | input | batch form | monotonic queue | TA-Lib 0.4.0 | batch / TA-Lib |\n"
                + "|---:|---|---:|---:|---:|---:|\n");
        extremes.keySet().stream().map(key -> key.substring(0, key.lastIndexOf(' '))).distinct().forEach(row -> {
            Score batch = extremes.get(row + " batch");
            Score queue = extremes.get(row + " queue");
            Score taLib = extremes.get(row + " taLib");
            String[] parts = row.split(" ");
            out.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s |%n", Integer.parseInt(parts[0]),
                    parts[1].toLowerCase(Locale.ROOT), cell(batch), cell(queue), cell(taLib),
                    batch == null || taLib == null ? "-"
                            : String.format(Locale.ROOT, "%.2fx", batch.nanoseconds() / taLib.nanoseconds())));
        });
        return out.toString();
    }

    private static String cell(Score score) {
        return score == null ? "-" : String.format(Locale.ROOT, "%.2f ± %.2f ns", score.nanoseconds(), score.error());
    }

    /** Each target checked against this run's scores, with the misses and their amount. */
    private static String targets(Map<String, Map<Subject, Score>> scores) {
        StringBuilder out = new StringBuilder("## Targets in this run\n\n");
        for (Subject subject : Subject.values()) {
            double ours = time(scores, "ours", subject);
            double taLib = time(scores, "taLib", subject);
            double ta4j = time(scores, "ta4j", subject);
            double baseline = time(scores, "baseline", subject);
            if (Double.isNaN(ours)) {
                continue;
            }
            double ratio = ours / taLib;
            double spread = ratioError(scores, subject);
            String versusTaLib = Double.isNaN(taLib) ? "not run"
                    : ratio + spread <= 1 ? "met"
                    : ratio - spread > 1 ? String.format(Locale.ROOT, "MISSED by %.0f%%", 100 * (ratio - 1))
                    : String.format(Locale.ROOT, "undecided (%.2fx ± %.2f: within the error)", ratio, spread);
            String versusTa4j = Double.isNaN(ta4j) ? "not run" : ta4j >= 30 * ours ? "met"
                    : String.format(Locale.ROOT, "MISSED (%.1fx)", ta4j / ours);
            String versusBaseline = Double.isNaN(baseline) ? "not run" : subject.simple()
                    ? (ours <= 3 * baseline ? "met" : String.format(Locale.ROOT, "MISSED (%.2fx)", ours / baseline))
                    : String.format(Locale.ROOT, "not held to it (%.1fx: %s)", ours / baseline, subject.cost());
            out.append(String.format(Locale.ROOT,
                    "- %s: <= 1.0x TA-Lib %s; >= 30x faster than ta4j %s; <= 3x arraycopy %s%n",
                    subject, versusTaLib, versusTa4j, versusBaseline));
        }
        return out.append("\n").toString();
    }

    private static String withError(Map<String, Map<Subject, Score>> scores, String key, Subject subject) {
        Score score = scores.getOrDefault(key, Map.of()).get(subject);
        return score == null ? "-" : String.format(Locale.ROOT, "%.2f ± %.2f ns", score.nanoseconds(), score.error());
    }

    private static String ratioWithError(Map<String, Map<Subject, Score>> scores, Subject subject) {
        double ratio = time(scores, "ours", subject) / time(scores, "taLib", subject);
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2fx ± %.2f", ratio, ratioError(scores, subject));
    }

    /** The error of ours / TA-Lib from both relative errors (added in quadrature). */
    private static double ratioError(Map<String, Map<Subject, Score>> scores, Subject subject) {
        Score ours = scores.getOrDefault("ours", Map.of()).get(subject);
        Score taLib = scores.getOrDefault("taLib", Map.of()).get(subject);
        if (ours == null || taLib == null) {
            return Double.NaN;
        }
        double ratio = ours.nanoseconds() / taLib.nanoseconds();
        return ratio * Math.hypot(relative(ours), relative(taLib));
    }

    /** A score's relative error; a score without one (a single iteration) counts as exact. */
    private static double relative(Score score) {
        return Double.isNaN(score.error()) ? 0 : score.error() / score.nanoseconds();
    }

    private static double time(Map<String, Map<Subject, Score>> scores, String key, Subject subject) {
        Score score = scores.getOrDefault(key, Map.of()).get(subject);
        return score == null ? Double.NaN : score.nanoseconds();
    }

    private static double allocation(Map<String, Map<Subject, Score>> scores, String key, Subject subject) {
        Score score = scores.getOrDefault(key, Map.of()).get(subject);
        return score == null ? Double.NaN : score.bytes();
    }

    private static String nanos(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f ns", value);
    }

    private static String ratio(double numerator, double denominator) {
        return Double.isNaN(numerator) || Double.isNaN(denominator) ? "-"
                : String.format(Locale.ROOT, "%.2fx", numerator / denominator);
    }

    private static String bytes(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f B", value);
    }
}
