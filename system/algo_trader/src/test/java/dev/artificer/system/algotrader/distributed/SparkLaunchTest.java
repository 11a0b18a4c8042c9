package dev.artificer.system.algotrader.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkLaunchTest {

    @TempDir
    Path folder;

    private static final Path JOB = Path.of("/tmp/job.bin");
    private static final Path RESULTS = Path.of("/tmp/results.bin");

    private SparkLaunch launch(String master) throws IOException {
        Path jar = Files.createFile(folder.resolve("algo-trader-spark.jar"));
        return SparkLaunch.of(master, Map.of("ALGO_TRADER_SPARK_JAR", jar.toString(), "SPARK_HOME", "/opt/spark"));
    }

    @Test
    void localModeRunsTheMainClassWithTheJobJarAndSparksJarsOnTheClassPath() throws IOException {
        List<String> command = launch("local[2]").command(JOB, RESULTS, List.of(Path.of("/tmp/mine.jar")));

        assertThat(command.getFirst()).endsWith(File.separator + "java");
        assertThat(command.subList(1, command.size())).containsExactly("-cp",
                folder.resolve("algo-trader-spark.jar") + File.pathSeparator + folder.resolve("spark-jars/*")
                        + File.pathSeparator + "/tmp/mine.jar",
                "dev.artificer.system.algotrader.spark.Main", "/tmp/job.bin", "/tmp/results.bin", "local[2]");
    }

    @Test
    void aClusterIsSubmittedWithSparkSubmitFromSparkHomeAndTheStrategyJars() throws IOException {
        List<String> command = launch("spark://host:7077").command(JOB, RESULTS, List.of(Path.of("/tmp/mine.jar")));

        assertThat(command).containsExactly("/opt/spark/bin/spark-submit", "--master", "spark://host:7077", "--class",
                "dev.artificer.system.algotrader.spark.Main", "--jars", "/tmp/mine.jar",
                folder.resolve("algo-trader-spark.jar").toString(), "/tmp/job.bin", "/tmp/results.bin");
    }

    @Test
    void localMastersAreTheLocalForms() throws IOException {
        assertThat(launch("local").local()).isTrue();
        assertThat(new SparkLaunch("local[4,3]", JOB, JOB, "spark-submit").local()).isTrue();
        assertThat(new SparkLaunch("yarn", JOB, JOB, "spark-submit").local()).isFalse();
    }

    @Test
    void aMissingJobJarSaysHowToBuildIt() {
        assertThatThrownBy(() -> SparkLaunch.of("local[2]", Map.of("ALGO_TRADER_SPARK_JAR", "/nowhere/x.jar")))
                .hasMessageContaining("/nowhere/x.jar").hasMessageContaining("./mvnw -pl system/algo_trader/spark");
    }
}
