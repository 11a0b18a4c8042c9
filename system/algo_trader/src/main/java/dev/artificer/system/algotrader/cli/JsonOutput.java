package dev.artificer.system.algotrader.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints a command's result for scripts ({@code --json}): one JSON document on standard output, the field names of the
 * result's records (stable), numbers as numbers (a value that is not a number, such as the Sharpe ratio of a run
 * without trades, as {@code null}), times as ISO-8601 with offset.
 */
final class JsonOutput {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonOutput() {
    }

    /**
     * Prints the document and flushes.
     *
     * @param out      standard output
     * @param document the result, a record
     */
    static void print(PrintWriter out, Object document) {
        out.println(JSON.writeValueAsString(document));
        out.flush();
    }

    /**
     * A number for the document.
     *
     * @param value the value
     * @return the value, or null when it is NaN or infinite (which JSON cannot hold)
     */
    static Double number(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /**
     * Metrics for the document.
     *
     * @param values numbers by name, some possibly null
     * @return the same names in the same order, each value as {@link #number(double)} gives it
     */
    static Map<String, Double> numbers(Map<String, Double> values) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        values.forEach((name, value) -> numbers.put(name, value == null ? null : number(value)));
        return numbers;
    }
}
