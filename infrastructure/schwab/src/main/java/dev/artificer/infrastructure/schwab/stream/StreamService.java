package dev.artificer.infrastructure.schwab.stream;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The streamer services this client subscribes to, each with the fields it requests. Schwab wants the field
 * numbers in ascending order (schwab-py issue #156), which the constructor checks.
 */
public enum StreamService {

    /** Level-one equity quotes: 0 symbol, 1 bid, 2 ask, 3 last, 4 bid size, 5 ask size, 8 total volume,
     *  9 last size, 34 quote time, 35 trade time. */
    LEVELONE_EQUITIES(0, 1, 2, 3, 4, 5, 8, 9, 34, 35),

    /** One-minute equity candles: field 0 (the symbol) and the 8 values of {@link ChartEquityLayout}. */
    CHART_EQUITY(0, 1, 2, 3, 4, 5, 6, 7, 8);

    private final String fields;

    StreamService(int... fields) {
        for (int i = 1; i < fields.length; i++) {
            if (fields[i] <= fields[i - 1]) {
                throw new IllegalStateException(name() + ": streamer fields must be requested in ascending order");
            }
        }
        this.fields = Arrays.stream(fields).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    /**
     * The requested fields as the {@code fields} parameter of a subscription.
     *
     * @return e.g. {@code 0,1,2,3,4,5,8,9,34,35}
     */
    public String fields() {
        return fields;
    }
}
