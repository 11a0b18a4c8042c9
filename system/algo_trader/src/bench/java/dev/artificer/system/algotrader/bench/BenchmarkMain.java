package dev.artificer.system.algotrader.bench;

import dev.artificer.component.backtest.Fill;
import dev.artificer.component.backtest.OrderedBars;
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
 * Runs every backtest benchmark in one JMH run (one fork, 3 warm-up and 5 measured iterations of 2 s, with the GC
 * profiler), writes the JMH JSON and a Markdown report. The forked JVM has a fixed, pre-touched 4 GB heap, so that
 * the first writes to a fresh equity curve do not pay for the operating system mapping the heap's pages.
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
        checkRulesTradeAsSmaCross();
        boolean quick = arguments.contains("--quick");
        Path json = Path.of(option(arguments, "--json", "target/jmh-backtest.json"));
        Path table = Path.of(option(arguments, "--table", "target/jmh-backtest.md"));
        String include = option(arguments, "--include", EngineBenchmark.class.getSimpleName() + "|"
                + GridSearchBenchmark.class.getSimpleName());
        OptionsBuilder options = new OptionsBuilder();
        options.include(include)
                .addProfiler(GCProfiler.class)
                .forks(1)
                .jvmArgsAppend("-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch")
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

    /** The rules benchmark is only a fair comparison if it makes the very same trades. */
    private static void checkRulesTradeAsSmaCross() {
        OrderedBars bars = OrderedBars.of(MarketData.bars(MarketData.BARS));
        List<Fill> builtin = SmaCross.runOurs(EngineBenchmark.FAST, EngineBenchmark.SLOW, bars).fills();
        List<Fill> rules = SmaCross.ENGINE.run(SmaCross.rules(EngineBenchmark.FAST, EngineBenchmark.SLOW), bars).fills();
        if (!rules.equals(builtin)) {
            throw new IllegalStateException("the rules strategy does not fill as sma-cross does (" + rules.size()
                    + " fills vs " + builtin.size() + "): its benchmark would compare different work");
        }
        System.out.printf("rules and sma-cross: the same %,d fills on %,d bars%n", builtin.size(), MarketData.BARS);
    }

    private static String option(List<String> arguments, String name, String fallback) {
        int at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.get(at + 1) : fallback;
    }
}
