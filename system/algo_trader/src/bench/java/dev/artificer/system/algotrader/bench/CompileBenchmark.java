package dev.artificer.system.algotrader.bench;

import dev.artificer.component.strategies.BuiltinStrategies;
import dev.artificer.component.strategy.StrategyRegistry;
import dev.artificer.system.algotrader.userstrategy.StrategyCatalog;
import dev.artificer.system.algotrader.userstrategy.StrategyFolder;
import dev.artificer.system.algotrader.userstrategy.StrategyTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Compiling a strategies folder of ten Java files (the sma-cross starter, under ten class names) as a command does:
 * a fresh {@link StrategyCatalog} reads the folder and compiles it in memory. {@code firstCompile} is a single shot
 * in a fresh JVM per fork (what a command pays: the JDK compiler's own start included); {@code warmCompile} is the
 * same in a JVM that has compiled before (what the service pays when a file changes).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CompileBenchmark {

    /** How many files the folder holds. */
    static final int FILES = 10;

    private Path folder;

    /**
     * Writes the ten files.
     *
     * @throws IOException when the temporary folder cannot be written
     */
    @Setup(Level.Trial)
    public void writeFolder() throws IOException {
        folder = Files.createTempDirectory("strategies");
        for (int index = 0; index < FILES; index++) {
            String name = "idea-" + (char) ('a' + index);
            Files.writeString(folder.resolve(StrategyTemplate.className(name) + ".java"),
                    StrategyTemplate.source(name, "sma-cross"));
        }
    }

    /**
     * Removes the folder.
     *
     * @throws IOException when a file cannot be deleted
     */
    @TearDown(Level.Trial)
    public void removeFolder() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    /**
     * The folder compiled once in a fresh JVM.
     *
     * @return the strategies, so that nothing is optimized away
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public StrategyRegistry firstCompile() {
        return compile();
    }

    /**
     * The folder compiled again in a warm JVM.
     *
     * @return the strategies, so that nothing is optimized away
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public StrategyRegistry warmCompile() {
        return compile();
    }

    private StrategyRegistry compile() {
        StrategyRegistry registry = new StrategyCatalog(BuiltinStrategies.definitions(), new StrategyFolder(folder),
                CompileBenchmark.class.getClassLoader()).registry();
        if (registry.names().size() != BuiltinStrategies.definitions().size() + FILES) {
            throw new IllegalStateException("expected " + FILES + " strategies from the folder, got " + registry.names());
        }
        return registry;
    }
}
