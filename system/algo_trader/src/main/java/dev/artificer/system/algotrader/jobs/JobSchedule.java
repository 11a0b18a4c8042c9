package dev.artificer.system.algotrader.jobs;

import java.time.Duration;
import java.util.Objects;

/**
 * When a job runs.
 *
 * @param frequency       the time between two runs (ISO-8601 in configuration, e.g. {@code PT15M})
 * @param marketHoursOnly whether runs are skipped while the US equity market is closed
 */
public record JobSchedule(Duration frequency, boolean marketHoursOnly) {

    /**
     * Validates the schedule.
     *
     * @throws IllegalArgumentException when the frequency is not positive
     */
    public JobSchedule {
        Objects.requireNonNull(frequency, "frequency");
        if (frequency.isZero() || frequency.isNegative()) {
            throw new IllegalArgumentException("a job frequency must be positive (got " + frequency + ")");
        }
    }
}
