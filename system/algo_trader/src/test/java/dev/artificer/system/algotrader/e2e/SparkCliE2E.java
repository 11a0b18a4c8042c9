package dev.artificer.system.algotrader.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --spark local[2]} through the jar: the job runs in its own JVM from system/algo-trader-spark.jar and
 * system/spark-jars, and the command prints what it prints without Spark. Skipped when the job jar is not built,
 * unless {@code ARTIFICER_REQUIRE_SERVICES} lists {@code spark} (as CI does).
 */
class SparkCliE2E {

    private static final Path SPARK_JAR = JarRun.JAR.resolveSibling("algo-trader-spark.jar");

    @TempDir
    Path threads;

    @TempDir
    Path spark;

    @BeforeAll
    static void jarsWereBuilt() {
        assertThat(JarRun.JAR).as("run ./mvnw package first").exists();
        if (!Files.isRegularFile(SPARK_JAR)) {
            String required = System.getenv().getOrDefault("ARTIFICER_REQUIRE_SERVICES", "");
            assertThat(List.of(required.toLowerCase(Locale.ROOT).split("\\s*,\\s*")))
                    .as("ARTIFICER_REQUIRE_SERVICES requires spark, but " + SPARK_JAR + " is missing").doesNotContain("spark");
            Assumptions.abort("no " + SPARK_JAR + " (./mvnw -pl system/algo_trader/spark package -DskipTests)");
        }
    }

    private static List<String> lines(JarRun.Result result, String pattern) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile("(?m)^" + pattern + ".*$").matcher(result.out());
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static JarRun.Result run(Path home, String... args) throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), args);
        assertThat(result.exitCode()).as(result.all()).isZero();
        return result;
    }

    private static String[] with(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void optimizeOnLocalSparkPrintsTheSameRankedTableAsTheThreadPool() throws Exception {
        String[] search = {"optimize", "--strategy", "sma-cross", "--symbol", "AAPL", "fast=5..50:5", "slow=20..200:10",
                "--top", "200"};

        JarRun.Result local = run(threads, with(search, "--threads", "2"));
        JarRun.Result onSpark = run(spark, with(search, "--spark", "local[2]"));

        assertThat(onSpark.out()).containsPattern("Spark UI: http://\\S+:\\d+ \\(master local\\[2]\\)")
                .contains("190/190 combinations");
        List<String> table = lines(local, "\\d+\\s+fast=\\d+ slow=\\d+");
        assertThat(table).hasSizeGreaterThan(150);
        assertThat(lines(onSpark, "\\d+\\s+fast=\\d+ slow=\\d+")).isEqualTo(table);
        for (String same : new String[] {"Best: ", "Deflated Sharpe ratio: ", "\\d+ combinations skipped"}) {
            assertThat(lines(onSpark, same)).as(same).isNotEmpty().isEqualTo(lines(local, same));
        }
    }

    @Test
    void walkforwardOnLocalSparkChoosesTheSameWindowsAndStitchesTheSameRun() throws Exception {
        String[] walk = {"walkforward", "--strategy", "ema-cross", "--symbol", "AAPL", "fast=5,10", "slow=20,30",
                "--in-sample", "1500", "--out-of-sample", "1500"};

        JarRun.Result local = run(threads, walk);
        JarRun.Result onSpark = run(spark, with(walk, "--spark", "local[2]"));

        List<String> windows = lines(local, "\\d{4}-\\d{2}-\\d{2} \\.\\. ");
        assertThat(windows).hasSize(3);
        assertThat(lines(onSpark, "\\d{4}-\\d{2}-\\d{2} \\.\\. ")).isEqualTo(windows);
        for (String metric : new String[] {"Total return", "Sharpe ratio", "Trades", "Final equity"}) {
            assertThat(lines(onSpark, metric + "\\s")).as(metric).isNotEmpty().isEqualTo(lines(local, metric + "\\s"));
        }
    }

    @Test
    void strategiesFromTheStrategiesFolderRunOnSparkWithTheirClassesShipped() throws Exception {
        for (Path home : List.of(threads, spark)) {
            run(home, "strategy", "new", "my-idea");
            run(home, "strategy", "new", "my-rule", "--rules");
        }
        for (String strategy : new String[] {"my-idea", "my-rule"}) {
            String[] search = {"optimize", "--strategy", strategy, "--symbol", "AAPL", "fast=5,10,15", "slow=20,30"};

            JarRun.Result local = run(threads, search);
            JarRun.Result onSpark = run(spark, with(search, "--spark", "local[2]"));

            List<String> table = lines(local, "\\d+\\s+fast=\\d+ slow=\\d+");
            assertThat(table).as(strategy).hasSize(6);
            assertThat(lines(onSpark, "\\d+\\s+fast=\\d+ slow=\\d+")).as(strategy).isEqualTo(table);
        }
    }
}
