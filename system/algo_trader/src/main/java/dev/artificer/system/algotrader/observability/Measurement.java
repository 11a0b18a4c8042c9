package dev.artificer.system.algotrader.observability;

import java.util.List;

/**
 * One InfluxDB measurement as the code writes it and the dashboards read it.
 *
 * @param name   the measurement name
 * @param tags   its tag keys
 * @param fields its field keys
 */
public record Measurement(String name, List<String> tags, List<String> fields) {

    /** Copies the lists. */
    public Measurement {
        tags = List.copyOf(tags);
        fields = List.copyOf(fields);
    }
}
