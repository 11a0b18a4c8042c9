package dev.artificer.system.algotrader.spark;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Counts the combinations done from Spark's listener: each successful task of the search's stage adds the size of
 * its partition (a retried task counts once, when it succeeds).
 */
final class TaskProgress extends SparkListener {

    private final int combinations;
    private final int partitions;
    private final IntConsumer progress;
    private final AtomicInteger done = new AtomicInteger();

    TaskProgress(int combinations, int partitions, IntConsumer progress) {
        this.combinations = combinations;
        this.partitions = partitions;
        this.progress = progress;
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskInfo().successful()) {
            progress.accept(done.addAndGet(size(end.taskInfo().index())));
        }
    }

    /** The combinations counted so far. */
    int done() {
        return done.get();
    }

    /** The combinations in a partition, as Spark slices a parallelized list: [i n / p, (i + 1) n / p). */
    private int size(int partition) {
        return (int) ((partition + 1L) * combinations / partitions - (long) partition * combinations / partitions);
    }
}
