package dev.artificer.system.algotrader.cli;

import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.strategy.StrategyDefinition;
import dev.artificer.system.algotrader.distributed.SparkJobProcess;
import dev.artificer.system.algotrader.distributed.SparkLaunch;
import dev.artificer.system.algotrader.distributed.SparkSearches;
import dev.artificer.system.algotrader.distributed.SparkTarget;
import dev.artificer.system.algotrader.userstrategy.StrategyCatalog;
import dev.artificer.system.algotrader.userstrategy.StrategyJar;
import dev.artificer.system.algotrader.userstrategy.StrategySource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --spark MASTER} of the optimising commands: run the combinations on Apache Spark instead of this machine's
 * threads, with the same ranked result.
 */
public class SparkOption {

    @Option(names = "--spark", paramLabel = "MASTER", description = "Run the search on Apache Spark: local[N] (N cores "
            + "here, in a child JVM) or a cluster's master URL (spark://..., yarn, k8s://..., through spark-submit).")
    private String master;

    /**
     * The Spark searches, when {@code --spark} is given.
     *
     * @param definition   the strategy
     * @param catalog      where a user strategy's source comes from
     * @param combinations the combinations (the first tells the default sizing every one gets)
     * @param symbols      how many symbols the runs trade
     * @param settings     the account
     * @param riskFreeRate the annual risk-free rate
     * @param out          where the Spark UI address is printed
     * @return the searches, or empty to search on this machine's threads
     * @throws UsageException when the job jar is not built
     */
    Optional<SparkSearches> searches(StrategyDefinition definition, StrategyCatalog catalog,
                                     List<Map<String, String>> combinations, int symbols, BacktestSettings settings,
                                     double riskFreeRate, PrintWriter out) {
        if (master == null) {
            return Optional.empty();
        }
        SparkLaunch launch;
        try {
            launch = SparkLaunch.of(master, System.getenv());
        } catch (IllegalArgumentException missing) {
            throw new UsageException(missing.getMessage(), missing);
        }
        Map<String, String> first = combinations.getFirst();
        Map<String, String> sizing = new LinkedHashMap<>(BacktestSizing.withDefault(definition, first, symbols));
        sizing.keySet().removeAll(first.keySet());
        Optional<StrategySource> source = catalog.source(definition.name());
        SparkTarget target = source.map(file -> file.fileName().endsWith(".java")
                        ? java(definition, file, sizing, settings, riskFreeRate)
                        : new SparkTarget(definition.name(), file.fileName(), file.text(), sizing, settings,
                        riskFreeRate, List.of()))
                .orElseGet(() -> new SparkTarget(definition.name(), "", "", sizing, settings, riskFreeRate, List.of()));
        return Optional.of(new SparkSearches(new SparkJobProcess(launch, out), target));
    }

    /** A user's Java strategy: compiled into a jar the job gets on its class path (local) or with --jars. */
    private static SparkTarget java(StrategyDefinition definition, StrategySource file, Map<String, String> sizing,
                                    BacktestSettings settings, double riskFreeRate) {
        try {
            Path jar = Files.createTempFile("algo-trader-strategy-", ".jar");
            jar.toFile().deleteOnExit();
            StrategyJar compiled = StrategyJar.compile(file, SparkOption.class.getClassLoader(), jar);
            return new SparkTarget(definition.name(), file.fileName(), compiled.className(), sizing, settings,
                    riskFreeRate, List.of(compiled.jar()));
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot make the strategy's jar: " + failed.getMessage(), failed);
        }
    }
}
