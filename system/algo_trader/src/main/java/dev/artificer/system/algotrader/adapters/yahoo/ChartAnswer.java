package dev.artificer.system.algotrader.adapters.yahoo;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Yahoo's chart JSON ({@code chart.result[0]}: {@code timestamp}, {@code indicators.quote[0]} with
 * {@code open high low close volume}, {@code events.splits}; or {@code chart.error} with {@code code} and
 * {@code description}) into daily bars of the requested days.
 */
final class ChartAnswer {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private ChartAnswer() {
    }

    /**
     * Yahoo's error in a body, when it has one.
     *
     * @param body the answer
     * @return e.g. {@code Not Found: No data found, symbol may be delisted}
     */
    static Optional<ChartError> error(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("chart").path("error");
            if (!error.isObject()) {
                return Optional.empty();
            }
            return Optional.of(new ChartError(error.path("code").asString(""), error.path("description").asString("")));
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    /**
     * The days from {@code from} to {@code to} in a successful answer.
     *
     * @throws YahooException when the body is not the chart JSON
     */
    static YahooHistory history(Symbol symbol, String body, LocalDate from, LocalDate to) {
        JsonNode result;
        try {
            result = JSON.readTree(body).path("chart").path("result").path(0);
        } catch (JacksonException notJson) {
            throw malformed(symbol, "not JSON (" + firstLine(notJson.getOriginalMessage()) + ")", notJson);
        }
        if (!result.isObject()) {
            throw malformed(symbol, "no chart.result", null);
        }
        ZoneId zone = zone(result.path("meta").path("exchangeTimezoneName").asString(""));
        JsonNode times = result.path("timestamp");
        JsonNode quote = result.path("indicators").path("quote").path(0);
        if (!times.isArray() && !times.isMissingNode()) {
            throw malformed(symbol, "chart.result[0].timestamp is not a list", null);
        }
        List<DayRow> rows = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < times.size(); i++) {
            if (!times.path(i).isIntegralNumber()) {
                throw malformed(symbol, "timestamp " + i + " is not a number of seconds", null);
            }
            LocalDate day = Instant.ofEpochSecond(times.path(i).asLong()).atZone(zone).toLocalDate();
            if (day.isBefore(from) || day.isAfter(to) || !seen.add(day)) {
                continue;
            }
            row(quote, i, day).ifPresentOrElse(rows::add, () -> rejected.add(day + ": no prices in the answer"));
        }
        List<Split> splits = splits(symbol, result.path("events").path("splits"), zone, from, to);
        SplitAdjustment.Adjusted adjusted = SplitAdjustment.apply(rows, splits);
        List<Bar> bars = new ArrayList<>();
        for (DayRow row : adjusted.rows()) {
            try {
                bars.add(row.toBar(symbol));
            } catch (IllegalArgumentException invalid) {
                rejected.add(row.day() + ": " + invalid.getMessage());
            }
        }
        return new YahooHistory(bars, rejected, splits, adjusted.applied());
    }

    private static Optional<DayRow> row(JsonNode quote, int index, LocalDate day) {
        JsonNode open = quote.path("open").path(index);
        JsonNode high = quote.path("high").path(index);
        JsonNode low = quote.path("low").path(index);
        JsonNode close = quote.path("close").path(index);
        JsonNode volume = quote.path("volume").path(index);
        if (!open.isNumber() || !high.isNumber() || !low.isNumber() || !close.isNumber()) {
            return Optional.empty();
        }
        return Optional.of(new DayRow(day, open.asDouble(), high.asDouble(), low.asDouble(), close.asDouble(),
                volume.isNumber() ? volume.asLong() : 0));
    }

    private static List<Split> splits(Symbol symbol, JsonNode events, ZoneId zone, LocalDate from, LocalDate to) {
        List<Split> splits = new ArrayList<>();
        for (JsonNode event : events.values()) {
            LocalDate day = Instant.ofEpochSecond(event.path("date").asLong()).atZone(zone).toLocalDate();
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            try {
                splits.add(new Split(day, event.path("numerator").asDouble(), event.path("denominator").asDouble()));
            } catch (IllegalArgumentException unusable) {
                throw malformed(symbol, unusable.getMessage(), unusable);
            }
        }
        splits.sort(Comparator.comparing(Split::date));
        return splits;
    }

    private static ZoneId zone(String name) {
        try {
            return name.isEmpty() ? NEW_YORK : ZoneId.of(name);
        } catch (DateTimeException unknown) {
            return NEW_YORK;
        }
    }

    private static YahooException malformed(Symbol symbol, String what, Throwable cause) {
        return new YahooException("Yahoo's answer for " + symbol + " is not the chart JSON expected: " + what, cause);
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    /**
     * Yahoo's error object.
     *
     * @param code        e.g. {@code Not Found}
     * @param description e.g. {@code No data found, symbol may be delisted}
     */
    record ChartError(String code, String description) {
        @Override
        public String toString() {
            return description.isEmpty() ? code : code + ": " + description;
        }
    }
}
