package dev.artificer.infrastructure.schwab.stream.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** The Markdown report of a run: frames per second, bytes allocated per frame, the ratios and the targets. */
final class Report {

    private static final String ALLOCATION = "gc.alloc.rate.norm";
    private static final double FRAMES_PER_SECOND_TARGET = 200_000;

    private Report() {
    }

    /** A throughput in frames per second, its error (99.9 %) and the bytes allocated per frame. */
    private record Score(double framesPerSecond, double error, double bytesPerFrame) {
    }

    static String markdown(Collection<RunResult> results) {
        Map<String, Score> scores = new HashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
            scores.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), new Score(
                    result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError(),
                    allocation == null ? Double.NaN : allocation.getScore()));
        }
        Score streaming = scores.get("streaming");
        Score tree = scores.get("tree");
        Score tokens = scores.get("tokensOnly");
        StringBuilder out = new StringBuilder();
        out.append("| Benchmark | frames/s | ± (99.9 %) | ns/frame | B/frame | ratio |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        row(out, "`FrameParser` (the client), LEVELONE frame to merged `LevelOneQuote`", streaming,
                "this / tree = " + ratio(streaming, tree));
        row(out, "Jackson tree model (`readTree`) and the same merge (reference)", tree, "");
        row(out, "Jackson non-blocking parser, tokens only, nothing built (floor)", tokens,
                "this time / floor time = " + ratio(tokens, streaming));
        out.append("\n## Targets in this run\n\n");
        if (streaming != null) {
            out.append("- >= 200,000 LEVELONE frames/s on one core: ")
                    .append(streaming.framesPerSecond() >= FRAMES_PER_SECOND_TARGET ? "met" : "MISSED")
                    .append(String.format(Locale.ROOT, " (%,.0f frames/s)%n", streaming.framesPerSecond()));
            out.append(String.format(Locale.ROOT, "- allocation: %.1f B per frame (the `LevelOneQuote` record is 96 B"
                    + " with compressed references)%n",
                    streaming.bytesPerFrame()));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Score score, String ratio) {
        if (score != null) {
            out.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %.0f | %.1f | %s |%n", name,
                    score.framesPerSecond(), score.error(), 1e9 / score.framesPerSecond(), score.bytesPerFrame(),
                    ratio));
        }
    }

    private static String ratio(Score numerator, Score denominator) {
        return numerator == null || denominator == null ? "-"
                : String.format(Locale.ROOT, "%.2fx", numerator.framesPerSecond() / denominator.framesPerSecond());
    }
}
