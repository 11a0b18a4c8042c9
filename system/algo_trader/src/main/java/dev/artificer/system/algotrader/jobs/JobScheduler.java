package dev.artificer.system.algotrader.jobs;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every job at its own frequency on its own thread, so a failing or slow job never blocks another; runs
 * of one job never overlap. {@link #close()} stops scheduling and lets running jobs finish.
 */
public final class JobScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);

    private final List<ScheduledJob> jobs;
    private final JobRunner runner;
    private final Duration shutdownWait;
    private final ScheduledExecutorService executor;

    /**
     * Creates the scheduler; nothing runs before {@link #start()}.
     *
     * @param jobs         the jobs
     * @param runner       runs one job once
     * @param shutdownWait how long {@link #close()} waits for running jobs
     */
    public JobScheduler(List<ScheduledJob> jobs, JobRunner runner, Duration shutdownWait) {
        this.jobs = List.copyOf(jobs);
        this.runner = runner;
        this.shutdownWait = shutdownWait;
        this.executor = Executors.newScheduledThreadPool(Math.max(1, jobs.size()),
                Thread.ofPlatform().name("job-", 1).factory());
    }

    /** Schedules every job, the first run of each right away. */
    public void start() {
        for (ScheduledJob scheduled : jobs) {
            long period = scheduled.schedule().frequency().toMillis();
            executor.scheduleAtFixedRate(() -> runner.runOnce(scheduled, false), 0, period, TimeUnit.MILLISECONDS);
            LOG.info("job {} scheduled every {}{}", scheduled.job().name(), scheduled.schedule().frequency(),
                    scheduled.schedule().marketHoursOnly() ? " (market hours only)" : "");
        }
    }

    /**
     * Runs a job now, besides its schedule (e.g. the decision loop when a bar has just closed), on the scheduler's
     * threads; a job that is already running finishes first, as the job itself serializes its runs.
     *
     * @param name the job's name
     * @return whether the job is known and the scheduler still running
     */
    public boolean runNow(String name) {
        for (ScheduledJob scheduled : jobs) {
            if (scheduled.job().name().equals(name)) {
                try {
                    executor.execute(() -> runner.runOnce(scheduled, false));
                    return true;
                } catch (RejectedExecutionException stopping) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Stops scheduling and waits for running jobs to finish. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (executor.awaitTermination(shutdownWait.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.info("job scheduler stopped; no job is running");
            } else {
                LOG.warn("jobs still running after {}; stopping them", shutdownWait);
                executor.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
