package dev.artificer.system.algotrader.observability;

import java.util.List;
import java.util.Map;

/**
 * One InfluxDB measurement as the code writes it and the dashboards read it.
 *
 * @param name      the measurement name
 * @param tags      its tag keys
 * @param fields    its field keys
 * @param tagValues for each tag whose values are a fixed set, every value the code writes (a tag not listed
 *                  here takes free values, such as a symbol)
 */
public record Measurement(String name, List<String> tags, List<String> fields, Map<String, List<String>> tagValues) {

    /** Copies the collections and checks that every enumerated tag is one of the tags. */
    public Measurement {
        tags = List.copyOf(tags);
        fields = List.copyOf(fields);
        tagValues = Map.copyOf(tagValues);
        for (String tag : tagValues.keySet()) {
            if (!tags.contains(tag)) {
                throw new IllegalArgumentException("values given for '" + tag + "', which is not a tag of " + name);
            }
        }
    }

    /**
     * A measurement whose tags all take free values.
     *
     * @param name   the measurement name
     * @param tags   its tag keys
     * @param fields its field keys
     */
    public Measurement(String name, List<String> tags, List<String> fields) {
        this(name, tags, fields, Map.of());
    }
}
