package dev.artificer.component.backtest.tearsheet;

import java.time.LocalDate;

/**
 * One fall from a peak of equity and the way back, in New York dates.
 *
 * @param start    the date of the peak (for a fall from the initial cash: the first date)
 * @param trough   the date of the lowest equity
 * @param recovery the first date back at or above the peak; {@code null} when equity never got back
 * @param depth    the fall at the trough as a fraction of the peak, positive
 * @param days     calendar days from the peak to the recovery, or to the last date when it never recovered
 */
public record DrawdownPeriod(LocalDate start, LocalDate trough, LocalDate recovery, double depth, long days) {
}
