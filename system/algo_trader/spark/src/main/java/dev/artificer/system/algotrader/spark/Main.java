package dev.artificer.system.algotrader.spark;

import dev.artificer.component.backtest.optimize.SearchJob;
import java.io.PrintStream;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The job's entry point, for {@code spark-submit} or {@code java -cp}: {@code Main JOB RESULTS [MASTER]} reads the
 * job file the command line wrote, runs it, and writes the results file it reads back. Prints the Spark UI address,
 * then one {@code progress DONE TOTAL} line per finished task, on standard output.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the job.
     *
     * @param args the job file, the results file, and the master URL unless spark-submit sets it
     */
    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: Main JOB-FILE RESULTS-FILE [MASTER]  (e.g. local[2], spark://host:7077)");
            System.exit(2);
        }
        SearchJob job = SearchJob.read(Path.of(args[0]));
        SparkConf conf = new SparkConf().setAppName("algo-trader " + job.strategy() + " search")
                .setIfMissing("spark.ui.showConsoleProgress", "false");
        if (args.length == 3) {
            conf.setMaster(args[2]);
        }
        PrintStream out = System.out;
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("WARN");
            out.println("Spark UI: " + (spark.sc().uiWebUrl().isDefined() ? spark.sc().uiWebUrl().get() : "off")
                    + " (master " + spark.master() + ")");
            int total = SparkJob.total(job);
            SearchJob.writeResults(new SparkJob(spark).run(job, done -> out.println("progress " + done + " " + total)),
                    Path.of(args[1]));
        }
        out.println("done");
    }
}
