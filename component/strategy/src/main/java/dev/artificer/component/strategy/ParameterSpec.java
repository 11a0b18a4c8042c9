package dev.artificer.component.strategy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One typed parameter of a strategy: its name, type, default and the values it accepts.
 *
 * @param name         the name, as written in {@code name=value}
 * @param type         integer, decimal, one of a list of choices, or text
 * @param defaultValue the default, in canonical text form
 * @param min          the smallest value allowed (numbers only; inclusive; NaN otherwise)
 * @param max          the largest value allowed (numbers only; inclusive; NaN otherwise)
 * @param choices      the values allowed (choices only; empty for numbers)
 * @param description  what it means, for help texts
 */
public record ParameterSpec(String name, Type type, String defaultValue, double min, double max, List<String> choices,
                            String description) {

    /** The longest value a text parameter takes. */
    public static final int MAX_TEXT = 500;

    /** The kind of value a parameter takes. */
    public enum Type {
        /** A whole number. */
        INTEGER,
        /** A decimal number. */
        DECIMAL,
        /** One word out of a fixed list. */
        CHOICE,
        /** Free text, such as a rule expression: up to {@link #MAX_TEXT} characters, blanks but no double quote. */
        TEXT
    }

    /**
     * Validates the spec, including its default.
     *
     * @throws IllegalArgumentException when the default is not one of the allowed values
     */
    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        choices = List.copyOf(choices);
        if (type == Type.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException(name + " needs at least one choice");
        }
        if ((type == Type.INTEGER || type == Type.DECIMAL) && !(min <= max)) {
            throw new IllegalArgumentException(name + " needs min <= max (got " + min + ", " + max + ")");
        }
    }

    /**
     * An integer parameter.
     *
     * @param name         the name
     * @param defaultValue the default
     * @param min          the smallest value allowed
     * @param max          the largest value allowed
     * @param description  what it means
     * @return the spec
     */
    public static ParameterSpec integer(String name, int defaultValue, int min, int max, String description) {
        return checkedDefault(new ParameterSpec(name, Type.INTEGER, String.valueOf(defaultValue), min, max, List.of(),
                description));
    }

    /**
     * A decimal parameter.
     *
     * @param name         the name
     * @param defaultValue the default
     * @param min          the smallest value allowed
     * @param max          the largest value allowed
     * @param description  what it means
     * @return the spec
     */
    public static ParameterSpec decimal(String name, double defaultValue, double min, double max, String description) {
        return checkedDefault(new ParameterSpec(name, Type.DECIMAL, decimalText(defaultValue), min, max, List.of(),
                description));
    }

    /**
     * A parameter taking one of a list of words.
     *
     * @param name         the name
     * @param defaultValue the default, one of the choices
     * @param choices      the words allowed
     * @param description  what it means
     * @return the spec
     */
    public static ParameterSpec choice(String name, String defaultValue, List<String> choices, String description) {
        return checkedDefault(new ParameterSpec(name, Type.CHOICE, defaultValue, Double.NaN, Double.NaN, choices,
                description));
    }

    /**
     * A text parameter, such as a rule expression.
     *
     * @param name         the name
     * @param defaultValue the default
     * @param description  what it means
     * @return the spec
     */
    public static ParameterSpec text(String name, String defaultValue, String description) {
        return checkedDefault(new ParameterSpec(name, Type.TEXT, defaultValue, Double.NaN, Double.NaN, List.of(),
                description));
    }

    private static ParameterSpec checkedDefault(ParameterSpec spec) {
        spec.parse(spec.defaultValue);
        return spec;
    }

    /**
     * Parses and checks a value given as text.
     *
     * @param text the value, e.g. {@code 10}, {@code 2.5} or {@code percent}
     * @return an {@link Integer}, a {@link Double} or the choice as declared
     * @throws IllegalArgumentException naming the parameter and what it accepts
     */
    public Object parse(String text) {
        String value = text.strip();
        return switch (type) {
            case INTEGER -> inRange(parseInteger(value));
            case DECIMAL -> inRange(parseDecimal(value));
            case CHOICE -> choices.stream().filter(choice -> choice.equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            name + " must be one of " + range() + " (got '" + text + "')"));
            case TEXT -> acceptText(value);
        };
    }

    private String acceptText(String value) {
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_TEXT + " characters (got "
                    + value.length() + ")");
        }
        if (value.indexOf('"') >= 0) {
            throw new IllegalArgumentException(name + " must not hold a double quote (got '" + value + "')");
        }
        return value;
    }

    private int parseInteger(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notAnInteger) {
            throw new IllegalArgumentException(name + " must be a whole number in " + range() + " (got '" + value + "')");
        }
    }

    private double parseDecimal(String value) {
        try {
            return new BigDecimal(value).doubleValue();
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(name + " must be a number in " + range() + " (got '" + value + "')");
        }
    }

    private <N extends Number> N inRange(N number) {
        double value = number.doubleValue();
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in " + range() + " (got " + format(number) + ")");
        }
        return number;
    }

    /**
     * The canonical text of a value of this parameter: {@code 10}, {@code 2.5} (no trailing zeros), {@code percent}.
     *
     * @param value a value {@link #parse(String)} returned
     * @return the text
     */
    public String format(Object value) {
        return switch (type) {
            case DECIMAL -> decimalText(((Number) value).doubleValue());
            case INTEGER -> String.valueOf(((Number) value).intValue());
            case CHOICE, TEXT -> value.toString();
        };
    }

    /**
     * The values allowed, for messages and help: {@code 2..500} or {@code fixed|percent|atr-risk}.
     *
     * @return the range or the choices
     */
    public String range() {
        return switch (type) {
            case CHOICE -> String.join("|", choices);
            case INTEGER -> (long) min + ".." + (long) max;
            case DECIMAL -> decimalText(min) + ".." + decimalText(max);
            case TEXT -> "text";
        };
    }

    private static String decimalText(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
