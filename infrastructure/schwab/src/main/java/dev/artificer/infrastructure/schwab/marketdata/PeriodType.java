package dev.artificer.infrastructure.schwab.marketdata;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The unit of a price-history span ({@code periodType}), with the {@code period} values and candle units
 * ({@code frequencyType}) Schwab documents for it.
 */
public enum PeriodType {
    /** Days: period 1, 2, 3, 4, 5 or 10 (default 10); minute candles. */
    DAY(List.of(1, 2, 3, 4, 5, 10), 10, List.of(FrequencyType.MINUTE), FrequencyType.MINUTE),
    /** Months: period 1, 2, 3 or 6 (default 1); daily or weekly candles (default weekly). */
    MONTH(List.of(1, 2, 3, 6), 1, List.of(FrequencyType.DAILY, FrequencyType.WEEKLY), FrequencyType.WEEKLY),
    /** Years: period 1, 2, 3, 5, 10, 15 or 20 (default 1); daily, weekly or monthly candles (default monthly). */
    YEAR(List.of(1, 2, 3, 5, 10, 15, 20), 1,
            List.of(FrequencyType.DAILY, FrequencyType.WEEKLY, FrequencyType.MONTHLY), FrequencyType.MONTHLY),
    /** Year to date: period 1; daily or weekly candles (default weekly). */
    YTD(List.of(1), 1, List.of(FrequencyType.DAILY, FrequencyType.WEEKLY), FrequencyType.WEEKLY);

    private final List<Integer> periods;
    private final int defaultPeriod;
    private final List<FrequencyType> frequencyTypes;
    private final FrequencyType defaultFrequencyType;

    PeriodType(List<Integer> periods, int defaultPeriod, List<FrequencyType> frequencyTypes,
               FrequencyType defaultFrequencyType) {
        this.periods = periods;
        this.defaultPeriod = defaultPeriod;
        this.frequencyTypes = frequencyTypes;
        this.defaultFrequencyType = defaultFrequencyType;
    }

    /**
     * The periods Schwab documents for this unit.
     *
     * @return the allowed {@code period} values
     */
    public List<Integer> periods() {
        return periods;
    }

    /**
     * The period Schwab uses when none is sent.
     *
     * @return the default period
     */
    public int defaultPeriod() {
        return defaultPeriod;
    }

    /**
     * The candle units Schwab allows for this unit.
     *
     * @return the allowed {@code frequencyType} values
     */
    public List<FrequencyType> frequencyTypes() {
        return frequencyTypes;
    }

    /**
     * The candle unit Schwab uses when none is sent.
     *
     * @return the default frequency type
     */
    public FrequencyType defaultFrequencyType() {
        return defaultFrequencyType;
    }

    /**
     * The name Schwab uses, e.g. {@code ytd}.
     *
     * @return the query value
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    String periodList() {
        return periods.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    String frequencyTypeList() {
        return frequencyTypes.stream().map(FrequencyType::wireName).collect(Collectors.joining(", "));
    }
}
