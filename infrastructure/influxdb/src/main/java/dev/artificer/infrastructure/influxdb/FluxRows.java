package dev.artificer.infrastructure.influxdb;

import com.influxdb.query.FluxRecord;
import com.influxdb.query.FluxTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Turns Flux result rows (one row per field value) back into points: rows with the same time, measurement and
 * tags become one {@link DataPoint} with all their fields. Tags are the string columns whose names do not
 * begin with {@code _}, other than Flux's own {@code result} and {@code table}.
 */
final class FluxRows {

    private static final Set<String> FLUX_COLUMNS = Set.of("result", "table");

    private FluxRows() {
    }

    static List<DataPoint> toPoints(List<FluxTable> tables) {
        Map<SeriesInstant, SortedMap<String, Object>> fieldsByKey = new LinkedHashMap<>();
        for (FluxTable table : tables) {
            for (FluxRecord row : table.getRecords()) {
                SeriesInstant key = new SeriesInstant(required(row, "_measurement", String.class),
                        tags(row), required(row, "_time", Instant.class));
                String field = required(row, "_field", String.class);
                Object value = row.getValueByKey("_value");
                if (value != null) {
                    fieldsByKey.computeIfAbsent(key, ignored -> new TreeMap<>()).put(field, value);
                }
            }
        }
        List<DataPoint> points = new ArrayList<>(fieldsByKey.size());
        fieldsByKey.forEach((key, fields) ->
                points.add(new DataPoint(key.measurement(), key.tags(), fields, key.time())));
        points.sort(Comparator.comparing(DataPoint::time));
        return points;
    }

    private static Map<String, String> tags(FluxRecord row) {
        SortedMap<String, String> tags = new TreeMap<>();
        row.getValues().forEach((column, value) -> {
            if (isTagColumn(column) && value instanceof String text && !text.isEmpty()) {
                tags.put(column, text);
            }
        });
        return tags;
    }

    private static boolean isTagColumn(String column) {
        return !column.isEmpty() && !column.startsWith("_") && !FLUX_COLUMNS.contains(column);
    }

    private static <T> T required(FluxRecord row, String column, Class<T> type) {
        Object value = row.getValueByKey(column);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("Flux result row has no " + column + " column of type "
                    + type.getSimpleName() + "; queries must return rows with _time, _measurement, _field and"
                    + " _value (got columns " + row.getValues().keySet() + ")");
        }
        return type.cast(value);
    }

    private record SeriesInstant(String measurement, Map<String, String> tags, Instant time) {
    }
}
