package dev.artificer.infrastructure.influxdb;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The points of one measurement in a time range, optionally narrowed to tag values and to some fields.
 * Start is inclusive, stop exclusive (as in Flux's {@code range()}).
 *
 * @param measurement the measurement
 * @param start       first instant included
 * @param stop        first instant excluded; after start
 * @param tags        tag names to the value each must have; empty for any
 * @param fields      the fields to read; empty for all
 */
public record RangeQuery(String measurement, Instant start, Instant stop, Map<String, String> tags,
                         SortedSet<String> fields) {

    /**
     * Validates the query and copies its collections.
     *
     * @throws IllegalArgumentException naming what is missing or invalid
     */
    public RangeQuery {
        if (measurement == null || measurement.isBlank()) {
            throw new IllegalArgumentException("range query measurement must not be empty");
        }
        if (start == null || stop == null || !start.isBefore(stop)) {
            throw new IllegalArgumentException("range query of '" + measurement + "' needs start before stop (got "
                    + start + " to " + stop + ")");
        }
        tags = copyTags(measurement, tags);
        fields = copyFields(measurement, fields);
    }

    /**
     * Every field of every series of a measurement from start (inclusive) to stop (exclusive).
     *
     * @param measurement the measurement
     * @param start       first instant included
     * @param stop        first instant excluded
     * @return the query
     */
    public static RangeQuery of(String measurement, Instant start, Instant stop) {
        return new RangeQuery(measurement, start, stop, Map.of(), Collections.emptySortedSet());
    }

    /**
     * This query narrowed to points whose tag has the given value.
     *
     * @param name  tag name
     * @param value the value the tag must have
     * @return a new query
     */
    public RangeQuery withTag(String name, String value) {
        Map<String, String> narrowed = new TreeMap<>(tags);
        narrowed.put(name, value);
        return new RangeQuery(measurement, start, stop, narrowed, fields);
    }

    /**
     * This query reading only the given fields.
     *
     * @param names field names
     * @return a new query
     */
    public RangeQuery withFields(String... names) {
        SortedSet<String> narrowed = new TreeSet<>(fields);
        narrowed.addAll(List.of(names));
        return new RangeQuery(measurement, start, stop, tags, narrowed);
    }

    private static Map<String, String> copyTags(String measurement, Map<String, String> tags) {
        SortedMap<String, String> copy = new TreeMap<>();
        if (tags != null) {
            tags.forEach((name, value) -> {
                if (name == null || name.isBlank() || value == null) {
                    throw new IllegalArgumentException("range query of '" + measurement
                            + "' has a tag filter without name or value");
                }
                copy.put(name, value);
            });
        }
        return Collections.unmodifiableSortedMap(copy);
    }

    private static SortedSet<String> copyFields(String measurement, SortedSet<String> fields) {
        SortedSet<String> copy = new TreeSet<>();
        if (fields != null) {
            for (String name : fields) {
                if (name == null || name.isBlank()) {
                    throw new IllegalArgumentException("range query of '" + measurement + "' has an empty field name");
                }
                copy.add(name);
            }
        }
        return Collections.unmodifiableSortedSet(copy);
    }
}
