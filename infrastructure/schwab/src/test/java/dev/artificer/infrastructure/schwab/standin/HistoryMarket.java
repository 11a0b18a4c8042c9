package dev.artificer.infrastructure.schwab.standin;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A range-aware price history for ingestion tests: one candle per step between {@code startDate} and
 * {@code endDate} (weekdays only), with prices that depend only on the candle's time, and optionally every
 * n-th candle invalid (high below the open) so that rejection can be tested. Optionally 1-minute candles reach back
 * only so far, as Schwab's do (about 48 days): earlier parts of a range are left out.
 */
final class HistoryMarket {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final long MINUTE = 60_000L;

    private final int invalidEvery;
    private final Duration oneMinuteReach;

    HistoryMarket(int invalidEvery, Duration oneMinuteReach) {
        this.invalidEvery = invalidEvery;
        this.oneMinuteReach = oneMinuteReach;
    }

    String answer(Map<String, String> query) {
        long step = "minute".equals(query.get("frequencyType"))
                ? MINUTE * Long.parseLong(query.getOrDefault("frequency", "1")) : 1440 * MINUTE;
        long start = Long.parseLong(query.get("startDate"));
        if (step == MINUTE && oneMinuteReach != null) {
            start = Math.max(start, Instant.now().minus(oneMinuteReach).toEpochMilli());
        }
        long end = Long.parseLong(query.get("endDate"));
        ObjectNode root = JSON.createObjectNode().put("symbol", query.get("symbol")).put("empty", false);
        ArrayNode candles = root.putArray("candles");
        for (long time = start - Math.floorMod(start, step); time <= end; time += step) {
            DayOfWeek day = Instant.ofEpochMilli(time).atZone(ZoneOffset.UTC).getDayOfWeek();
            if (time < start || day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                continue;
            }
            double open = 100 + (time / step) % 50;
            boolean invalid = invalidEvery > 0 && (time / step) % invalidEvery == 0;
            candles.addObject().put("open", open).put("high", invalid ? open - 1 : open + 1).put("low", open - 1)
                    .put("close", open + 0.5).put("volume", 1000L).put("datetime", time);
        }
        root.put("empty", candles.isEmpty());
        return root.toString();
    }
}
