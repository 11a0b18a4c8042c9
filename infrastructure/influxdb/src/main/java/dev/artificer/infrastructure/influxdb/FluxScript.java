package dev.artificer.infrastructure.influxdb;

import java.util.Map;
import java.util.stream.Collectors;

/** Writes the Flux text of a {@link RangeQuery}, with every caller-given string as an escaped Flux literal. */
final class FluxScript {

    private FluxScript() {
    }

    static String range(String bucket, RangeQuery query) {
        StringBuilder flux = new StringBuilder()
                .append("from(bucket: ").append(literal(bucket)).append(")\n")
                .append("  |> range(start: ").append(query.start()).append(", stop: ").append(query.stop())
                .append(")\n")
                .append("  |> filter(fn: (r) => r._measurement == ").append(literal(query.measurement()))
                .append(")\n");
        for (Map.Entry<String, String> tag : query.tags().entrySet()) {
            flux.append("  |> filter(fn: (r) => r[").append(literal(tag.getKey())).append("] == ")
                    .append(literal(tag.getValue())).append(")\n");
        }
        if (!query.fields().isEmpty()) {
            flux.append("  |> filter(fn: (r) => ")
                    .append(query.fields().stream()
                            .map(field -> "r._field == " + literal(field))
                            .collect(Collectors.joining(" or ")))
                    .append(")\n");
        }
        return flux.toString();
    }

    /**
     * A Flux string literal of the text: backslash, double quote, line breaks, tabs and the
     * interpolation opener (dollar sign and opening brace) escaped.
     *
     * @param text any text
     * @return the quoted literal
     */
    static String literal(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> quoted.append("\\\\");
                case '"' -> quoted.append("\\\"");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                case '$' -> quoted.append(i + 1 < text.length() && text.charAt(i + 1) == '{' ? "\\$" : "$");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
