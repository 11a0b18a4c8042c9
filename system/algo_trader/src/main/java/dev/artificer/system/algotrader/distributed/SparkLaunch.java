package dev.artificer.system.algotrader.distributed;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How the command line starts the Spark job, which it never links (a system does not depend on another, and Spark
 * would triple algo-trader.jar): for {@code local[N]} a child JVM with the job jar and Spark's runtime jars
 * (system/spark-jars) on its class path; for a cluster URL {@code spark-submit} from {@code SPARK_HOME} or the PATH.
 *
 * @param master      the Spark master, e.g. {@code local[2]} or {@code spark://host:7077}
 * @param jobJar      the shaded job jar (system/algo-trader-spark.jar)
 * @param runtimeJars Spark's jars for local mode (system/spark-jars)
 * @param sparkSubmit the spark-submit command for a cluster
 */
public record SparkLaunch(String master, Path jobJar, Path runtimeJars, String sparkSubmit) {

    /** The job's entry point in the job jar. */
    static final String MAIN = "dev.artificer.system.algotrader.spark.Main";

    /**
     * The launch for a master, finding the job jar beside algo-trader.jar (or at {@code ALGO_TRADER_SPARK_JAR}).
     *
     * @param master      the Spark master
     * @param environment the process environment
     * @return the launch
     * @throws IllegalArgumentException naming where the job jar was looked for, when it is not there
     */
    public static SparkLaunch of(String master, Map<String, String> environment) {
        Optional<Path> given = Optional.ofNullable(environment.get("ALGO_TRADER_SPARK_JAR")).map(Path::of);
        Path jar = (given.isPresent() ? given.stream() : candidates()).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Spark job jar at " + given.map(Path::toString)
                        .orElse("algo-trader-spark.jar beside algo-trader.jar or in " + Path.of("system").toAbsolutePath())
                        + ": build it with ./mvnw -pl system/algo_trader/spark -am package -DskipTests"
                        + (given.isPresent() ? "" : ", or set ALGO_TRADER_SPARK_JAR")));
        String submit = Optional.ofNullable(environment.get("SPARK_HOME"))
                .map(home -> Path.of(home, "bin", "spark-submit").toString()).orElse("spark-submit");
        return new SparkLaunch(master, jar.toAbsolutePath(), jar.toAbsolutePath().resolveSibling("spark-jars"), submit);
    }

    /** Beside the running jar and up to three folders above it (the extracted AOT jar), then system/ here. */
    private static Stream<Path> candidates() {
        String first = System.getProperty("java.class.path", "").split(File.pathSeparator)[0];
        List<Path> folders = new ArrayList<>();
        for (Path folder = Path.of(first).toAbsolutePath().getParent(); folder != null && folders.size() < 4;
             folder = folder.getParent()) {
            folders.add(folder);
        }
        folders.add(Path.of("system").toAbsolutePath());
        folders.add(Path.of("").toAbsolutePath());
        return folders.stream().map(folder -> folder.resolve("algo-trader-spark.jar"));
    }

    /**
     * Whether the job runs in a local child JVM.
     *
     * @return true for {@code local}, {@code local[N]} and {@code local[N,F]}
     */
    public boolean local() {
        return master.equals("local") || master.startsWith("local[");
    }

    /**
     * The command that runs the job.
     *
     * @param job     the job file
     * @param results the results file the job writes
     * @param jars    extra jars the executors need (compiled user strategies)
     * @return the command line
     */
    public List<String> command(Path job, Path results, List<Path> jars) {
        List<String> command = new ArrayList<>();
        if (local()) {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-cp");
            List<String> path = new ArrayList<>(List.of(jobJar.toString(), runtimeJars.resolve("*").toString()));
            jars.forEach(jar -> path.add(jar.toString()));
            command.add(String.join(File.pathSeparator, path));
            command.add(MAIN);
            command.addAll(List.of(job.toString(), results.toString(), master));
            return command;
        }
        command.addAll(List.of(sparkSubmit, "--master", master, "--class", MAIN));
        if (!jars.isEmpty()) {
            command.addAll(List.of("--jars", String.join(",", jars.stream().map(Path::toString).toList())));
        }
        command.addAll(List.of(jobJar.toString(), job.toString(), results.toString()));
        return command;
    }
}
