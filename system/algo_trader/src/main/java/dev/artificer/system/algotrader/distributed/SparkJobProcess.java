package dev.artificer.system.algotrader.distributed;

import dev.artificer.component.backtest.optimize.SearchJob;
import dev.artificer.component.backtest.optimize.SearchResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Runs a job in the Spark job's own process: writes the job file, starts the process, relays the UI address and
 * the progress lines it prints, and reads back its results. Spark's log goes to a file that a failure names.
 */
public final class SparkJobProcess {

    private static final String PROGRESS = "progress ";
    private static final int TAIL = 20;

    private final SparkLaunch launch;
    private final PrintWriter out;

    /**
     * Creates the runner.
     *
     * @param launch how to start the job
     * @param out    where the UI address is printed
     */
    public SparkJobProcess(SparkLaunch launch, PrintWriter out) {
        this.launch = launch;
        this.out = out;
    }

    /**
     * Runs the job.
     *
     * @param job      the search or walk-forward
     * @param jars     extra jars the executors need
     * @param progress told the combinations done, as the job reports them
     * @return the results: one for a search, one per window for a walk-forward
     * @throws IllegalStateException when the job fails, with its last lines and the log's place
     */
    public List<SearchResult> run(SearchJob job, List<Path> jars, IntConsumer progress) {
        Path folder = temporaryFolder();
        Path log = folder.resolve("spark.log");
        Path results = folder.resolve("results.bin");
        job.write(folder.resolve("job.bin"));
        Deque<String> tail = new ArrayDeque<>();
        int exit;
        try {
            Process process = new ProcessBuilder(launch.command(folder.resolve("job.bin"), results, jars))
                    .redirectError(log.toFile()).start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                lines.lines().forEach(line -> relay(line, progress, tail));
            }
            exit = process.waitFor();
        } catch (IOException failed) {
            throw new IllegalStateException("cannot start the Spark job (" + launch.command(folder, results, jars)
                    .getFirst() + "): " + failed.getMessage(), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the Spark job ran", interrupted);
        }
        if (exit != 0 || !Files.isRegularFile(results)) {
            throw new IllegalStateException("the Spark job failed (exit " + exit + "); its log is " + log
                    + (tail.isEmpty() ? "" : "; last output: " + String.join(" | ", tail)));
        }
        List<SearchResult> answers = SearchJob.readResults(results);
        delete(folder);
        return answers;
    }

    private void relay(String line, IntConsumer progress, Deque<String> tail) {
        if (line.startsWith(PROGRESS)) {
            progress.accept(Integer.parseInt(line.substring(PROGRESS.length()).split(" ")[0]));
        } else if (line.startsWith("Spark UI: ")) {
            out.println(line);
            out.flush();
        } else {
            tail.addLast(line);
            if (tail.size() > TAIL) {
                tail.removeFirst();
            }
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("algo-trader-spark-");
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot make a folder for the Spark job: " + failed.getMessage(), failed);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
