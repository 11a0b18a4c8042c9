package dev.artificer.system.algotrader.jobs;

/**
 * Thrown by a job that did not run this time for a reason that is not a failure (another process does the work),
 * so that the run is reported as skipped, with the reason, and never as succeeded.
 */
public final class JobSkippedException extends RuntimeException {

    /**
     * Creates the exception.
     *
     * @param reason why the job did not run, one line
     */
    public JobSkippedException(String reason) {
        super(reason);
    }
}
