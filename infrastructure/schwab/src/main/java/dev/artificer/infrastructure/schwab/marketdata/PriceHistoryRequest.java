package dev.artificer.infrastructure.schwab.marketdata;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.infrastructure.schwab.error.InvalidRequestException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A validated {@code GET /pricehistory} request. Only the {@code periodType}/{@code period}/
 * {@code frequencyType}/{@code frequency} combinations Schwab documents are accepted, so a bad combination
 * fails here, before any call. Explicit start and end dates override the period.
 *
 * @param symbol                the instrument
 * @param periodType            the unit of the span
 * @param period                the number of units, or null for Schwab's default for the period type
 * @param frequencyType         the candle unit
 * @param frequency             the number of candle units per candle
 * @param startDate             the first instant wanted, or null for end minus period
 * @param endDate               the last instant wanted, or null for the previous business day's close
 * @param needExtendedHoursData whether to include pre- and post-market candles
 * @param needPreviousClose     whether to include the previous close
 */
public record PriceHistoryRequest(Symbol symbol, PeriodType periodType, Integer period, FrequencyType frequencyType,
                                  int frequency, Instant startDate, Instant endDate, boolean needExtendedHoursData,
                                  boolean needPreviousClose) {

    /**
     * Validates the request against Schwab's documented combinations.
     *
     * @throws InvalidRequestException naming the offending value and what is allowed
     */
    public PriceHistoryRequest {
        require(symbol != null, "symbol is required");
        require(periodType != null, "periodType is required: use one of day, month, year, ytd");
        require(period == null || periodType.periods().contains(period), "period " + period
                + " is not allowed for periodType " + wire(periodType) + ": use one of " + periods(periodType));
        require(frequencyType != null && periodType.frequencyTypes().contains(frequencyType), "frequencyType "
                + wire(frequencyType) + " is not allowed for periodType " + wire(periodType) + ": use one of "
                + frequencyTypes(periodType));
        require(frequencyType.frequencies().contains(frequency), "frequency " + frequency
                + " is not allowed for frequencyType " + frequencyType.wireName() + ": use one of "
                + frequencyType.frequencyList());
        require(startDate == null || startDate.toEpochMilli() >= 0, "startDate must not be before 1970");
        require(endDate == null || endDate.toEpochMilli() >= 0, "endDate must not be before 1970");
        require(startDate == null || endDate == null || startDate.isBefore(endDate),
                "startDate " + startDate + " must be before endDate " + endDate);
    }

    /**
     * A builder for a symbol, starting from periodType {@code day} with Schwab's defaults.
     *
     * @param symbol the instrument
     * @return a new builder
     */
    public static Builder builder(Symbol symbol) {
        return new Builder(symbol);
    }

    /**
     * The request for bars of one size between two instants, shaped as schwab-py does: minute bars as
     * {@code periodType=day&period=1}, daily, weekly and monthly bars as {@code periodType=year&period=20}; the
     * dates override the period.
     *
     * @param symbol    the instrument
     * @param timeframe the bar size
     * @param start     the first instant wanted
     * @param end       the last instant wanted
     * @return the request, without extended hours
     * @throws InvalidRequestException when start is not before end
     */
    public static PriceHistoryRequest forTimeframe(Symbol symbol, Timeframe timeframe, Instant start, Instant end) {
        PeriodType periodType = timeframe.intraday() ? PeriodType.DAY : PeriodType.YEAR;
        return builder(symbol)
                .period(periodType, timeframe.intraday() ? 1 : 20)
                .frequency(FrequencyType.of(timeframe), FrequencyType.frequencyOf(timeframe))
                .between(start, end)
                .build();
    }

    /**
     * The bar size of the candles this request returns.
     *
     * @return the timeframe
     */
    public Timeframe timeframe() {
        return frequencyType.timeframe(frequency);
    }

    /**
     * The query parameters Schwab expects, in a stable order; dates as epoch milliseconds.
     *
     * @return parameter names and values, not yet URL-encoded
     */
    public Map<String, String> queryParameters() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("symbol", symbol.value());
        query.put("periodType", periodType.wireName());
        if (period != null) {
            query.put("period", String.valueOf(period));
        }
        query.put("frequencyType", frequencyType.wireName());
        query.put("frequency", String.valueOf(frequency));
        if (startDate != null) {
            query.put("startDate", String.valueOf(startDate.toEpochMilli()));
        }
        if (endDate != null) {
            query.put("endDate", String.valueOf(endDate.toEpochMilli()));
        }
        query.put("needExtendedHoursData", String.valueOf(needExtendedHoursData));
        query.put("needPreviousClose", String.valueOf(needPreviousClose));
        return Collections.unmodifiableMap(query);
    }

    private static void require(boolean valid, String message) {
        if (!valid) {
            throw new InvalidRequestException("invalid price-history request: " + message);
        }
    }

    private static String wire(PeriodType periodType) {
        return periodType.wireName();
    }

    private static String wire(FrequencyType frequencyType) {
        return frequencyType == null ? "(none)" : frequencyType.wireName();
    }

    private static String periods(PeriodType periodType) {
        return periodType.periodList() + " (default " + periodType.defaultPeriod() + ")";
    }

    private static String frequencyTypes(PeriodType periodType) {
        return periodType.frequencyTypeList() + " (default " + periodType.defaultFrequencyType().wireName() + ")";
    }

    /** Collects a request step by step; {@link #build()} validates it. */
    public static final class Builder {
        private final Symbol symbol;
        private PeriodType periodType = PeriodType.DAY;
        private Integer period;
        private FrequencyType frequencyType;
        private int frequency = 1;
        private Instant startDate;
        private Instant endDate;
        private boolean needExtendedHoursData;
        private boolean needPreviousClose;

        private Builder(Symbol symbol) {
            this.symbol = symbol;
        }

        /**
         * Sets the period type and leaves the period to Schwab's default.
         *
         * @param periodType the unit of the span
         * @return this builder
         */
        public Builder periodType(PeriodType periodType) {
            this.periodType = periodType;
            this.period = null;
            return this;
        }

        /**
         * Sets the period type and the number of its units.
         *
         * @param periodType the unit of the span
         * @param period     the number of units
         * @return this builder
         */
        public Builder period(PeriodType periodType, int period) {
            this.periodType = periodType;
            this.period = period;
            return this;
        }

        /**
         * Sets the candle unit and frequency; without this call the period type's default unit and frequency 1
         * apply.
         *
         * @param frequencyType the candle unit
         * @param frequency     the number of units per candle
         * @return this builder
         */
        public Builder frequency(FrequencyType frequencyType, int frequency) {
            this.frequencyType = frequencyType;
            this.frequency = frequency;
            return this;
        }

        /**
         * Sets explicit start and end instants, which override the period.
         *
         * @param start the first instant wanted
         * @param end   the last instant wanted
         * @return this builder
         */
        public Builder between(Instant start, Instant end) {
            this.startDate = start;
            this.endDate = end;
            return this;
        }

        /**
         * Asks for pre- and post-market candles too.
         *
         * @param extendedHours true to include them
         * @return this builder
         */
        public Builder extendedHours(boolean extendedHours) {
            this.needExtendedHoursData = extendedHours;
            return this;
        }

        /**
         * Asks for the previous close.
         *
         * @param previousClose true to include it
         * @return this builder
         */
        public Builder previousClose(boolean previousClose) {
            this.needPreviousClose = previousClose;
            return this;
        }

        /**
         * Validates and builds the request.
         *
         * @return the request
         * @throws InvalidRequestException naming what is not allowed
         */
        public PriceHistoryRequest build() {
            FrequencyType unit = frequencyType != null || periodType == null ? frequencyType
                    : periodType.defaultFrequencyType();
            return new PriceHistoryRequest(symbol, periodType, period, unit, frequency, startDate, endDate,
                    needExtendedHoursData, needPreviousClose);
        }
    }
}
