package dev.artificer.component.backtest.optimize;

import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.market.BarColumns;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parameter search or walk-forward written down as data, for another process (a Spark job) to run exactly as this
 * one would: the strategy by name with its source when it is not built in, the combinations, the account, the
 * ranking and the bars. Written and read with Java serialization, so every double crosses bit for bit; the answers
 * come back the same way ({@link #writeResults}, {@link #readResults}).
 *
 * @param strategy     the strategy's name
 * @param source       the strategy's file name when it is not built in ({@code x.rules}, or {@code X.java} whose
 *                     compiled classes the job is given), empty for a built-in
 * @param sourceText   the file's text (rules files), empty otherwise
 * @param sizing       parameters every combination adds (the backtests' default sizing)
 * @param settings     the account every run uses
 * @param riskFreeRate the annual risk-free rate of the Sharpe and Sortino ratios
 * @param ranking      the metric to rank by
 * @param combinations the combinations to try
 * @param inSample     walk-forward in-sample bars, 0 for a plain search
 * @param outOfSample  walk-forward out-of-sample bars, 0 for a plain search
 * @param bars         the history
 */
public record SearchJob(String strategy, String source, String sourceText, Map<String, String> sizing,
                        BacktestSettings settings, double riskFreeRate, Ranking ranking,
                        List<Map<String, String>> combinations, int inSample, int outOfSample, BarColumns bars)
        implements Serializable {

    private static final ObjectInputFilter ONLY_OURS = ObjectInputFilter.Config.createFilter(
            "dev.artificer.component.**;java.lang.*;java.util.*;java.lang.invoke.SerializedLambda;[*;!*");

    /** Copies the maps and lists (into serializable ones, keeping their order). */
    public SearchJob {
        sizing = new LinkedHashMap<>(sizing);
        List<Map<String, String>> copied = new ArrayList<>();
        combinations.forEach(combination -> copied.add(new LinkedHashMap<>(combination)));
        combinations = copied;
    }

    /**
     * The walk-forward windows, when this is a walk-forward.
     *
     * @return the window sizes, empty for a plain search
     */
    public Optional<WalkForwardSettings> walkForward() {
        return inSample == 0 ? Optional.empty() : Optional.of(new WalkForwardSettings(inSample, outOfSample));
    }

    /**
     * Writes the job to a file.
     *
     * @param file where
     */
    public void write(Path file) {
        writeObject(file, this);
    }

    /**
     * Reads a job written by {@link #write}.
     *
     * @param file where
     * @return the job
     */
    public static SearchJob read(Path file) {
        return (SearchJob) readObject(file);
    }

    /**
     * Writes a job's answers: one search result for a search, one per window for a walk-forward.
     *
     * @param results the results in order
     * @param file    where
     */
    public static void writeResults(List<SearchResult> results, Path file) {
        writeObject(file, new ArrayList<>(results));
    }

    /**
     * Reads answers written by {@link #writeResults}.
     *
     * @param file where
     * @return the results in order
     */
    @SuppressWarnings("unchecked")
    public static List<SearchResult> readResults(Path file) {
        return List.copyOf((List<SearchResult>) readObject(file));
    }

    private static void writeObject(Path file, Object value) {
        try (OutputStream bytes = Files.newOutputStream(file); ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot write " + file + ": " + failed.getMessage(), failed);
        }
    }

    private static Object readObject(Path file) {
        try (InputStream bytes = Files.newInputStream(file); ObjectInputStream in = new ObjectInputStream(bytes)) {
            in.setObjectInputFilter(ONLY_OURS);
            return in.readObject();
        } catch (IOException | ClassNotFoundException failed) {
            throw new IllegalStateException("cannot read " + file + ": " + failed, failed);
        }
    }
}
