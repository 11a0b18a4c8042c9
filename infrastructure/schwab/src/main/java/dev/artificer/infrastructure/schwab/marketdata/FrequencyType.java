package dev.artificer.infrastructure.schwab.marketdata;

import dev.artificer.component.market.Timeframe;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The unit of a price-history candle ({@code frequencyType}), with the {@code frequency} values Schwab allows. */
public enum FrequencyType {
    /** Minute candles: frequency 1, 5, 10, 15 or 30. */
    MINUTE(List.of(1, 5, 10, 15, 30)),
    /** Daily candles: frequency 1. */
    DAILY(List.of(1)),
    /** Weekly candles: frequency 1. */
    WEEKLY(List.of(1)),
    /** Monthly candles: frequency 1. */
    MONTHLY(List.of(1));

    private final List<Integer> frequencies;

    FrequencyType(List<Integer> frequencies) {
        this.frequencies = frequencies;
    }

    /**
     * The frequencies Schwab documents for this unit.
     *
     * @return e.g. 1, 5, 10, 15, 30 for minutes
     */
    public List<Integer> frequencies() {
        return frequencies;
    }

    /**
     * The name Schwab uses, e.g. {@code minute}.
     *
     * @return the query value
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The bar size of candles of this unit and frequency.
     *
     * @param frequency an allowed frequency
     * @return the timeframe
     * @throws IllegalArgumentException when the frequency is not allowed
     */
    public Timeframe timeframe(int frequency) {
        if (!frequencies.contains(frequency)) {
            throw new IllegalArgumentException("frequency " + frequency + " is not allowed for frequencyType "
                    + wireName() + ": use one of " + frequencyList());
        }
        return switch (this) {
            case MINUTE -> switch (frequency) {
                case 1 -> Timeframe.ONE_MINUTE;
                case 5 -> Timeframe.FIVE_MINUTES;
                case 10 -> Timeframe.TEN_MINUTES;
                case 15 -> Timeframe.FIFTEEN_MINUTES;
                default -> Timeframe.THIRTY_MINUTES;
            };
            case DAILY -> Timeframe.DAILY;
            case WEEKLY -> Timeframe.WEEKLY;
            case MONTHLY -> Timeframe.MONTHLY;
        };
    }

    /**
     * The unit and frequency of a bar size.
     *
     * @param timeframe the bar size
     * @return the unit; its frequency is {@link #frequencyOf(Timeframe)}
     */
    public static FrequencyType of(Timeframe timeframe) {
        return switch (timeframe) {
            case ONE_MINUTE, FIVE_MINUTES, TEN_MINUTES, FIFTEEN_MINUTES, THIRTY_MINUTES -> MINUTE;
            case DAILY -> DAILY;
            case WEEKLY -> WEEKLY;
            case MONTHLY -> MONTHLY;
        };
    }

    /**
     * The frequency of a bar size within its unit.
     *
     * @param timeframe the bar size
     * @return e.g. 15 for fifteen-minute bars, 1 for daily bars
     */
    public static int frequencyOf(Timeframe timeframe) {
        return timeframe.intraday() ? (int) timeframe.nominalLength().toMinutes() : 1;
    }

    String frequencyList() {
        return frequencies.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
