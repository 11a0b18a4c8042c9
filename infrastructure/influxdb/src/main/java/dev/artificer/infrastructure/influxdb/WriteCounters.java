package dev.artificer.infrastructure.influxdb;

/**
 * What has become of asynchronous writes since the client was created: a snapshot of running totals.
 *
 * @param pointsQueued   points handed to the asynchronous writer
 * @param batchesWritten batches the server accepted
 * @param retries        attempts that failed and were retried
 * @param batchesFailed  batches given up (their points are lost)
 * @param pointsDropped  points dropped because the write buffer was full
 */
public record WriteCounters(long pointsQueued, long batchesWritten, long retries, long batchesFailed,
                            long pointsDropped) {
}
