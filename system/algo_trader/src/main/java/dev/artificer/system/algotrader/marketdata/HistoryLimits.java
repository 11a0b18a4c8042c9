package dev.artificer.system.algotrader.marketdata;

import dev.artificer.component.market.Timeframe;
import java.time.Duration;

/**
 * Schwab's documented price-history limits per timeframe: how far back it reaches (1-minute bars about 48 days,
 * other minute bars about 9 months, daily and longer 20 years) and the span one request should cover. The simulated
 * market mimics them, so both sources chunk and reach alike.
 */
public final class HistoryLimits {

    private HistoryLimits() {
    }

    /**
     * The span one history request covers.
     *
     * @param timeframe the timeframe
     * @return the span
     */
    public static Duration requestSpan(Timeframe timeframe) {
        return switch (timeframe) {
            case ONE_MINUTE -> Duration.ofDays(10);
            case FIVE_MINUTES, TEN_MINUTES, FIFTEEN_MINUTES, THIRTY_MINUTES -> Duration.ofDays(30);
            default -> Duration.ofDays(3_650);
        };
    }

    /**
     * How far back history reaches.
     *
     * @param timeframe the timeframe
     * @return the reach
     */
    public static Duration reach(Timeframe timeframe) {
        return switch (timeframe) {
            case ONE_MINUTE -> Duration.ofDays(48);
            case FIVE_MINUTES, TEN_MINUTES, FIFTEEN_MINUTES, THIRTY_MINUTES -> Duration.ofDays(270);
            default -> Duration.ofDays(20 * 365);
        };
    }
}
