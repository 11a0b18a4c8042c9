package dev.artificer.system.algotrader.spark;

import static dev.artificer.system.algotrader.spark.JobFixtures.SHARPE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.backtest.optimize.SearchJob;
import dev.artificer.component.backtest.optimize.SearchResult;
import dev.artificer.component.market.Bar;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's spark-submit line the way spark-submit does in local mode: a JVM with the shaded jar and Spark's
 * jars on its class path, the master in the {@code spark.master} property, and the job's two file arguments.
 */
class ShadedJarE2E {

    private static final Path SYSTEM = Path.of("../..").toAbsolutePath().normalize();

    @TempDir
    Path folder;

    @Test
    void theShadedJarsMainRunsASearchInLocalModeEqualToTheThreadPool() throws IOException, InterruptedException {
        List<Bar> bars = JobFixtures.bars(400);
        List<Map<String, String>> grid = JobFixtures.smaGrid();
        Path job = folder.resolve("job.bin");
        Path results = folder.resolve("results.bin");
        JobFixtures.job(bars, grid, 0, 0).write(job);
        Path log = folder.resolve("out.txt");

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dspark.master=local[2]", "-Dspark.ui.enabled=false", "-cp",
                SYSTEM.resolve("algo-trader-spark.jar") + File.pathSeparator + SYSTEM.resolve("spark-jars") + "/*",
                "dev.artificer.system.algotrader.spark.Main", job.toString(), results.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(log);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Spark UI: off (master local[2])").contains("progress 200 200").contains("done");
        SearchResult onThreads = JobFixtures.threadPool().run(JobFixtures.builtin("sma-cross"), grid, bars, SHARPE,
                done -> { });
        assertThat(SearchJob.readResults(results)).containsExactly(onThreads);
    }
}
