package dev.artificer.system.algotrader.jobs;

/**
 * A job with its schedule.
 *
 * @param job      the job
 * @param schedule when it runs
 */
public record ScheduledJob(Job job, JobSchedule schedule) {
}
