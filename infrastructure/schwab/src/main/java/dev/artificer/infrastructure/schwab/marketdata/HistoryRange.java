package dev.artificer.infrastructure.schwab.marketdata;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Timeframe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Tells when Schwab answered a price-history request with a shorter range than asked: its first bar starts well
 * after the requested start, or nothing came back for a range beyond Schwab's reach. "Well after" allows for closed
 * markets: five days (a long weekend with holidays) or two bars, whichever is longer. Schwab's reach is not
 * specified; observed are about 48 days of 1-minute bars and about 9 months of other minute bars.
 */
final class HistoryRange {

    private static final Duration CLOSED_MARKET = Duration.ofDays(5);

    private HistoryRange() {
    }

    static List<String> notices(PriceHistoryRequest request, List<Bar> bars, Instant now) {
        Instant start = request.startDate();
        if (start == null) {
            return List.of();
        }
        Timeframe timeframe = request.timeframe();
        String series = request.symbol() + " " + timeframe;
        if (!bars.isEmpty()) {
            Instant first = bars.getFirst().start();
            Duration allowance = max(CLOSED_MARKET, timeframe.nominalLength().multipliedBy(2));
            return first.isAfter(start.plus(allowance))
                    ? List.of("Schwab returned " + series + " bars from " + first + " on, not from " + start
                            + " as requested" + reachHint(timeframe))
                    : List.of();
        }
        Instant end = request.endDate() == null ? now : request.endDate();
        return reach(timeframe).filter(reach -> end.isBefore(now.minus(reach)))
                .map(reach -> List.of("Schwab returned no " + series + " bars from " + start + " to " + end
                        + reachHint(timeframe)))
                .orElse(List.of());
    }

    private static String reachHint(Timeframe timeframe) {
        return reach(timeframe).map(reach -> " (Schwab keeps " + timeframe + " bars for about " + reach.toDays()
                + " days)").orElse("");
    }

    private static Optional<Duration> reach(Timeframe timeframe) {
        if (timeframe == Timeframe.ONE_MINUTE) {
            return Optional.of(Duration.ofDays(48));
        }
        return timeframe.intraday() ? Optional.of(Duration.ofDays(270)) : Optional.empty();
    }

    private static Duration max(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }
}
