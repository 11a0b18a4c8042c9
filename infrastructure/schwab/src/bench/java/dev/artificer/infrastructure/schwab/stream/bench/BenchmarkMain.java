package dev.artificer.infrastructure.schwab.stream.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the frame benchmarks in one JMH run (one fork, 3 warm-up and 5 measured iterations of 2 s, with the GC
 * profiler), writes the JMH JSON and a Markdown report.
 *
 * <p>Arguments: {@code --quick} for a short check (1 warm-up and 2 measured iterations of 1 s), {@code --json FILE}
 * and {@code --table FILE} for the outputs (defaults under {@code target/}), {@code --include REGEX} to run a subset.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args see the class documentation
     * @throws RunnerException when JMH fails
     * @throws IOException     when an output cannot be written
     */
    public static void main(String[] args) throws RunnerException, IOException {
        List<String> arguments = List.of(args);
        boolean quick = arguments.contains("--quick");
        Path json = Path.of(option(arguments, "--json", "target/jmh-stream.json"));
        Path table = Path.of(option(arguments, "--table", "target/jmh-stream.md"));
        OptionsBuilder options = new OptionsBuilder();
        options.include(option(arguments, "--include", FrameBenchmark.class.getSimpleName()))
                .addProfiler(GCProfiler.class)
                .forks(1)
                .jvmArgsAppend("-Xms1g", "-Xmx1g")
                .warmupIterations(quick ? 1 : 3)
                .warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 2 : 5)
                .measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString());
        Collection<RunResult> results = new Runner(options.build()).run();
        Files.createDirectories(table.toAbsolutePath().getParent());
        Files.writeString(table, Report.markdown(results));
    }

    private static String option(List<String> arguments, String name, String fallback) {
        int at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.get(at + 1) : fallback;
    }
}
