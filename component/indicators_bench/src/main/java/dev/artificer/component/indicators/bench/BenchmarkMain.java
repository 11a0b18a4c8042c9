package dev.artificer.component.indicators.bench;

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
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks in one JMH run with the GC profiler, writes the JMH JSON and the Markdown tables.
 *
 * <p>Arguments: {@code --quick} for a short check (fewer, shorter iterations), {@code --json FILE} and
 * {@code --table FILE} for the outputs (defaults under {@code target/}), {@code --include REGEX} to run a
 * subset of the benchmarks, {@code --subjects A,B} to run only those indicators (e.g. {@code WILLR,AROON}),
 * {@code --forks N} for more forks than 1 (tighter error bars on a shared machine).
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
        Path json = Path.of(option(arguments, "--json", "target/jmh-indicators.json"));
        Path table = Path.of(option(arguments, "--table", "target/jmh-indicators.md"));
        String include = option(arguments, "--include", BatchBenchmark.class.getSimpleName() + "|"
                + StreamingBenchmark.class.getSimpleName() + "|" + WindowExtremeBenchmark.class.getSimpleName());
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                .addProfiler(GCProfiler.class)
                .forks(Integer.parseInt(option(arguments, "--forks", "1")))
                .jvmArgsAppend("-Xms4g", "-Xmx4g")
                .warmupIterations(quick ? 2 : 4)
                .warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 3 : 5)
                .measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString());
        String subjects = option(arguments, "--subjects", "");
        if (!subjects.isEmpty()) {
            options.param("subject", subjects.split(","));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Path parent = table.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(table, Report.markdown(results));
    }

    private static String option(List<String> arguments, String name, String fallback) {
        int at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.get(at + 1) : fallback;
    }
}
