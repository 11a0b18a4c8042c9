package dev.artificer.component.market;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The bar sizes the system collects and analyses, each with a short code used in configuration and storage. */
public enum Timeframe {
    /** One-minute bars. */
    ONE_MINUTE("1m", Duration.ofMinutes(1)),
    /** Five-minute bars. */
    FIVE_MINUTES("5m", Duration.ofMinutes(5)),
    /** Ten-minute bars. */
    TEN_MINUTES("10m", Duration.ofMinutes(10)),
    /** Fifteen-minute bars. */
    FIFTEEN_MINUTES("15m", Duration.ofMinutes(15)),
    /** Thirty-minute bars. */
    THIRTY_MINUTES("30m", Duration.ofMinutes(30)),
    /** One bar per trading day. */
    DAILY("daily", Duration.ofDays(1)),
    /** One bar per week. */
    WEEKLY("weekly", Duration.ofDays(7)),
    /** One bar per month (nominal length: 30 days). */
    MONTHLY("monthly", Duration.ofDays(30));

    private final String code;
    private final Duration nominalLength;

    Timeframe(String code, Duration nominalLength) {
        this.code = code;
        this.nominalLength = nominalLength;
    }

    /**
     * The short code, e.g. {@code 5m} or {@code daily}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The nominal length of one bar; exact for intraday timeframes, calendar-approximate above.
     *
     * @return the length
     */
    public Duration nominalLength() {
        return nominalLength;
    }

    /**
     * Whether bars are shorter than a day.
     *
     * @return true for minute timeframes
     */
    public boolean intraday() {
        return nominalLength.compareTo(Duration.ofDays(1)) < 0;
    }

    /**
     * Parses a code such as {@code 15m} or {@code daily} (case-insensitive).
     *
     * @param code the code
     * @return the timeframe
     * @throws IllegalArgumentException naming the allowed codes when the code is unknown
     */
    public static Timeframe parse(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(timeframe -> timeframe.code.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown timeframe '" + code + "': use one of " + codes()));
    }

    /**
     * All codes, comma-separated, for messages and help texts.
     *
     * @return e.g. {@code 1m, 5m, ..., monthly}
     */
    public static String codes() {
        return Arrays.stream(values()).map(Timeframe::code).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return code;
    }
}
