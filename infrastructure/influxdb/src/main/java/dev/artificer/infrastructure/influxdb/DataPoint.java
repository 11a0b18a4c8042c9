package dev.artificer.infrastructure.influxdb;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One point of a time series: a measurement, its tags (indexed strings), its fields (the values) and its time.
 * Points are what the client writes, and what its queries return.
 *
 * <p>Field values are {@link Double} (written as a float), {@link Long} (written as an integer, {@code 42i}),
 * {@link Boolean} or {@link String}; {@code Float} and {@code Integer}/{@code Short}/{@code Byte} values are
 * widened to {@code Double} and {@code Long}. Names beginning with {@code _}, the name {@code time}, and the tag
 * names {@code result} and {@code table} are reserved by InfluxDB and Flux and are rejected, so that a point
 * reads back exactly as it was written. Tags and fields are kept sorted by name.
 *
 * @param measurement the measurement name
 * @param tags        tag names to values, possibly empty; values are never empty
 * @param fields      field names to values, at least one
 * @param time        the point's time; written truncated to the client's {@link TimestampPrecision}
 */
public record DataPoint(String measurement, Map<String, String> tags, Map<String, Object> fields, Instant time) {

    private static final Set<String> RESERVED_TAGS = Set.of("time", "result", "table");

    /**
     * Validates the point and copies its maps.
     *
     * @throws IllegalArgumentException naming what is missing or invalid
     */
    public DataPoint {
        if (measurement == null || measurement.isBlank()) {
            throw new IllegalArgumentException("point measurement must not be empty");
        }
        tags = copyTags(measurement, tags);
        fields = copyFields(measurement, fields);
        if (time == null) {
            throw new IllegalArgumentException("point of '" + measurement + "' has no time");
        }
    }

    /**
     * Starts a point of the given measurement.
     *
     * @param measurement the measurement name
     * @return a builder
     */
    public static Builder builder(String measurement) {
        return new Builder(measurement);
    }

    private static Map<String, String> copyTags(String measurement, Map<String, String> tags) {
        SortedMap<String, String> copy = new TreeMap<>();
        if (tags != null) {
            tags.forEach((name, value) -> {
                requireName(measurement, "tag", name);
                if (RESERVED_TAGS.contains(name)) {
                    throw new IllegalArgumentException("tag name '" + name + "' of '" + measurement
                            + "' is reserved");
                }
                if (value == null || value.isEmpty()) {
                    throw new IllegalArgumentException("tag '" + name + "' of '" + measurement + "' has no value");
                }
                copy.put(name, value);
            });
        }
        return Collections.unmodifiableSortedMap(copy);
    }

    private static Map<String, Object> copyFields(String measurement, Map<String, ?> fields) {
        if (fields == null || fields.isEmpty()) {
            throw new IllegalArgumentException("point of '" + measurement + "' has no fields");
        }
        SortedMap<String, Object> copy = new TreeMap<>();
        fields.forEach((name, value) -> {
            requireName(measurement, "field", name);
            if ("time".equals(name)) {
                throw new IllegalArgumentException("field name 'time' of '" + measurement + "' is reserved");
            }
            copy.put(name, fieldValue(measurement, name, value));
        });
        return Collections.unmodifiableSortedMap(copy);
    }

    private static Object fieldValue(String measurement, String name, Object value) {
        return switch (value) {
            case Double number when Double.isFinite(number) -> number;
            case Float number when Float.isFinite(number) -> number.doubleValue();
            case Long number -> number;
            case Integer number -> number.longValue();
            case Short number -> number.longValue();
            case Byte number -> number.longValue();
            case Boolean flag -> flag;
            case String text -> text;
            case Double _, Float _ -> throw new IllegalArgumentException("field '" + name + "' of '" + measurement
                    + "' is not a finite number (got " + value + ")");
            case null -> throw new IllegalArgumentException("field '" + name + "' of '" + measurement
                    + "' has no value");
            default -> throw new IllegalArgumentException("field '" + name + "' of '" + measurement
                    + "' must be a double, long, boolean or string (got " + value.getClass().getName() + ")");
        };
    }

    private static void requireName(String measurement, String kind, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(kind + " of '" + measurement + "' has an empty name");
        }
        if (name.startsWith("_")) {
            throw new IllegalArgumentException(kind + " name '" + name + "' of '" + measurement
                    + "' is reserved (names beginning with '_' belong to InfluxDB)");
        }
    }

    /** Collects a point's tags and fields; {@link #build()} validates them. */
    public static final class Builder {
        private final String measurement;
        private final Map<String, String> tags = new LinkedHashMap<>();
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private Instant time;

        private Builder(String measurement) {
            this.measurement = measurement;
        }

        /**
         * Adds a tag.
         *
         * @param name  tag name
         * @param value tag value, not empty
         * @return this builder
         */
        public Builder tag(String name, String value) {
            tags.put(name, value);
            return this;
        }

        /**
         * Adds tags.
         *
         * @param tags names to values
         * @return this builder
         */
        public Builder tags(Map<String, String> tags) {
            this.tags.putAll(tags);
            return this;
        }

        /**
         * Adds a floating-point field.
         *
         * @param name  field name
         * @param value a finite value
         * @return this builder
         */
        public Builder field(String name, double value) {
            fields.put(name, value);
            return this;
        }

        /**
         * Adds an integer field.
         *
         * @param name  field name
         * @param value the value
         * @return this builder
         */
        public Builder field(String name, long value) {
            fields.put(name, value);
            return this;
        }

        /**
         * Adds a boolean field.
         *
         * @param name  field name
         * @param value the value
         * @return this builder
         */
        public Builder field(String name, boolean value) {
            fields.put(name, value);
            return this;
        }

        /**
         * Adds a string field.
         *
         * @param name  field name
         * @param value the value
         * @return this builder
         */
        public Builder field(String name, String value) {
            fields.put(name, value);
            return this;
        }

        /**
         * Sets the time.
         *
         * @param time the point's time
         * @return this builder
         */
        public Builder time(Instant time) {
            this.time = time;
            return this;
        }

        /**
         * Validates and builds the point.
         *
         * @return the point
         */
        public DataPoint build() {
            return new DataPoint(measurement, tags, fields, time);
        }
    }
}
