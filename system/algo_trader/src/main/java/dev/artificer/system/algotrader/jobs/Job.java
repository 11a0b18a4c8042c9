package dev.artificer.system.algotrader.jobs;

/** A unit of scheduled work, such as ingesting bars; it reports what it did in one line. */
public interface Job {

    /**
     * The job's name, as used by {@code jobs run NAME} and in configuration.
     *
     * @return e.g. {@code ingest-bars}
     */
    String name();

    /**
     * Runs the job once.
     *
     * @return a one-line summary of what was done
     */
    String run();
}
