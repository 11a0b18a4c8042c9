package dev.artificer.component.indicators.catalog;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * One named parameter of an indicator: its type, default and allowed values.
 *
 * @param name         the name used in expressions, e.g. {@code period}
 * @param type         what kind of value it takes
 * @param defaultValue the value used when none is given, in canonical form
 * @param min          the smallest allowed number (INTEGER and REAL), else NaN
 * @param max          the largest allowed number (INTEGER and REAL), else NaN
 * @param choices      the allowed values (CHOICE), else empty
 * @param description  one line for help texts
 */
public record Parameter(String name, Type type, String defaultValue, double min, double max, List<String> choices,
                        String description) {

    /** The kinds of parameter values. */
    public enum Type {
        /** A whole number within [min, max]. */
        INTEGER,
        /** A number within [min, max]. */
        REAL,
        /** One of a fixed list of names, matched ignoring case. */
        CHOICE,
        /** A time-zone id such as {@code America/New_York}. */
        ZONE
    }

    /** Copies the choice list. */
    public Parameter {
        choices = List.copyOf(choices);
    }

    /**
     * An integer parameter.
     *
     * @param name         its name
     * @param defaultValue its default
     * @param min          the smallest allowed value
     * @param max          the largest allowed value
     * @param description  one line for help texts
     * @return the parameter
     */
    public static Parameter integer(String name, int defaultValue, int min, int max, String description) {
        return new Parameter(name, Type.INTEGER, Integer.toString(defaultValue), min, max, List.of(), description);
    }

    /**
     * A real-valued parameter.
     *
     * @param name         its name
     * @param defaultValue its default
     * @param min          the smallest allowed value
     * @param max          the largest allowed value
     * @param description  one line for help texts
     * @return the parameter
     */
    public static Parameter real(String name, double defaultValue, double min, double max, String description) {
        return new Parameter(name, Type.REAL, Double.toString(defaultValue), min, max, List.of(), description);
    }

    /**
     * A parameter taking one of a list of names.
     *
     * @param name         its name
     * @param defaultValue its default, one of the choices
     * @param choices      the allowed names
     * @param description  one line for help texts
     * @return the parameter
     */
    public static Parameter choice(String name, String defaultValue, List<String> choices, String description) {
        return new Parameter(name, Type.CHOICE, defaultValue, Double.NaN, Double.NaN, choices, description);
    }

    /**
     * A time-zone parameter.
     *
     * @param name         its name
     * @param defaultValue its default zone id
     * @param description  one line for help texts
     * @return the parameter
     */
    public static Parameter zone(String name, String defaultValue, String description) {
        return new Parameter(name, Type.ZONE, defaultValue, Double.NaN, Double.NaN, List.of(), description);
    }

    /**
     * Checks a raw value and returns it in canonical form.
     *
     * @param raw the value as written, e.g. {@code "14"} or {@code "ema"}
     * @return the canonical value, e.g. {@code "14"} or {@code "EMA"}
     * @throws IllegalArgumentException naming the parameter and what it allows
     */
    public String accept(String raw) {
        String value = raw.strip();
        return switch (type) {
            case INTEGER -> Integer.toString(integerIn(value));
            case REAL -> Double.toString(realIn(value));
            case CHOICE -> choices.stream().filter(choice -> choice.equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> invalid("one of " + choices, value));
            case ZONE -> zone(value);
        };
    }

    private int integerIn(String value) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notAnInteger) {
            // reported below with the allowed range
        }
        throw invalid("an integer between " + (long) min + " and " + (long) max, value);
    }

    private double realIn(String value) {
        try {
            double parsed = Double.parseDouble(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the allowed range
        }
        throw invalid("a number between " + min + " and " + max, value);
    }

    private String zone(String value) {
        try {
            return ZoneId.of(value).getId();
        } catch (DateTimeException badZone) {
            throw invalid("a time-zone id such as America/New_York", value);
        }
    }

    private IllegalArgumentException invalid(String allowed, String value) {
        return new IllegalArgumentException(name + " must be " + allowed + " (got '" + value + "')");
    }

    /**
     * A one-line summary for help texts, e.g. {@code period: integer 2..100000, default 14}.
     *
     * @return the summary
     */
    public String summary() {
        String range = switch (type) {
            case INTEGER -> "integer " + (long) min + ".." + (long) max;
            case REAL -> "number " + min + ".." + max;
            case CHOICE -> "one of " + String.join("|", choices);
            case ZONE -> "time zone";
        };
        return name + ": " + range + ", default " + defaultValue + " - " + description.toLowerCase(Locale.ROOT);
    }
}
