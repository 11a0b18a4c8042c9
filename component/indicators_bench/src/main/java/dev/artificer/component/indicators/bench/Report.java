package dev.artificer.component.indicators.bench;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** The Markdown tables of a benchmark run: nanoseconds per bar, the ratios of the targets, and allocation. */
final class Report {

    private static final String ALLOCATION = "gc.alloc.rate.norm";

    private Report() {
    }

    /** A time and an allocation per operation. */
    private record Score(double nanoseconds, double bytes) {
    }

    static String markdown(Collection<RunResult> results) {
        Map<String, Map<Subject, Score>> scores = new HashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String key = benchmark.contains("Streaming") ? "streaming" : method;
            Subject subject = Subject.valueOf(result.getParams().getParam("subject"));
            Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
            scores.computeIfAbsent(key, k -> new EnumMap<>(Subject.class)).put(subject,
                    new Score(result.getPrimaryResult().getScore(),
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
                    nanos(ours), nanos(taLib), nanos(ta4j), nanos(baseline), ratio(ours, taLib), ratio(ta4j, ours),
                    ratio(ours, baseline), streaming == null ? "-" : nanos(streaming.nanoseconds()),
                    streaming == null ? "-" : bytes(streaming.bytes())));
        }
        out.append("\nTimes are ns per bar (batch) or per update (streaming); alloc is bytes per update.\n\n");
        out.append("| Indicator | this library B/bar | TA-Lib B/bar | ta4j B/bar |\n|---|---:|---:|---:|\n");
        for (Subject subject : Subject.values()) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", subject,
                    bytes(allocation(scores, "ours", subject)), bytes(allocation(scores, "taLib", subject)),
                    bytes(allocation(scores, "ta4j", subject))));
        }
        return out.toString();
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
