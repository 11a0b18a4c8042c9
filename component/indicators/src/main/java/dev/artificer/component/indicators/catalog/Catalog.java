package dev.artificer.component.indicators.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indicators by name, and the parser of indicator expressions.
 *
 * <p>An expression is a name, optionally followed by parameters in parentheses: positional ones first (in
 * the order of {@link IndicatorDefinition#parameters()}), then named ones. Names ignore case; missing
 * parameters take their defaults. Examples: {@code rsi}, {@code rsi(14)}, {@code rsi(period=14)},
 * {@code bbands(20, devUp=2.5, maType=ema)}.
 */
public final class Catalog {

    private static final Pattern EXPRESSION = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_]*)\\s*(?:\\((.*)\\))?\\s*");

    private final Map<String, IndicatorDefinition> byName = new LinkedHashMap<>();

    /**
     * A catalogue of the given definitions.
     *
     * @param definitions the entries; names must be unique
     * @throws IllegalArgumentException when two entries share a name
     */
    public Catalog(List<IndicatorDefinition> definitions) {
        for (IndicatorDefinition definition : definitions) {
            if (byName.putIfAbsent(definition.name(), definition) != null) {
                throw new IllegalArgumentException("duplicate indicator name '" + definition.name() + "'");
            }
        }
    }

    /**
     * Every indicator of this library.
     *
     * @return the standard catalogue
     */
    public static Catalog standard() {
        return new Catalog(StandardIndicators.all());
    }

    /**
     * All entries, in catalogue order.
     *
     * @return the definitions
     */
    public List<IndicatorDefinition> all() {
        return List.copyOf(byName.values());
    }

    /**
     * Looks an entry up by name, ignoring case.
     *
     * @param name e.g. {@code rsi} or {@code RSI}
     * @return the entry, or empty
     */
    public Optional<IndicatorDefinition> find(String name) {
        return Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * Looks an entry up by name, ignoring case.
     *
     * @param name e.g. {@code rsi}
     * @return the entry
     * @throws IllegalArgumentException naming the known indicators when there is no such entry
     */
    public IndicatorDefinition get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown indicator '" + name.strip() + "'; known: " + String.join(", ", byName.keySet())));
    }

    /**
     * Parses an expression such as {@code macd(fast=12, slow=26, signal=9)}.
     *
     * @param expression the expression
     * @return the indicator with checked parameters
     * @throws IllegalArgumentException when the expression is malformed, names an unknown indicator or
     *                                  parameter, or gives a value out of range
     */
    public ConfiguredIndicator parse(String expression) {
        Matcher matcher = EXPRESSION.matcher(expression);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not an indicator expression: '" + expression
                    + "' (expected e.g. rsi(period=14))");
        }
        IndicatorDefinition definition = get(matcher.group(1));
        String arguments = matcher.group(2);
        Map<String, String> values = arguments == null || arguments.isBlank()
                ? Map.of() : arguments(definition, arguments, expression);
        return new ConfiguredIndicator(definition, definition.parameters(values));
    }

    private static Map<String, String> arguments(IndicatorDefinition definition, String text, String expression) {
        Map<String, String> values = new LinkedHashMap<>();
        List<Parameter> parameters = definition.parameters();
        boolean named = false;
        int position = 0;
        for (String argument : text.split(",", -1)) {
            int equals = argument.indexOf('=');
            String key;
            String value;
            if (equals >= 0) {
                named = true;
                key = argument.substring(0, equals).strip();
                value = argument.substring(equals + 1).strip();
            } else {
                if (named) {
                    throw new IllegalArgumentException(
                            "positional parameter after a named one in '" + expression + "'");
                }
                if (position >= parameters.size()) {
                    throw new IllegalArgumentException(definition.name() + " takes at most " + parameters.size()
                            + " parameters (in '" + expression + "')");
                }
                key = parameters.get(position++).name();
                value = argument.strip();
            }
            if (value.isEmpty()) {
                throw new IllegalArgumentException("missing value for '" + key + "' in '" + expression + "'");
            }
            if (values.put(key, value) != null) {
                throw new IllegalArgumentException("parameter '" + key + "' given twice in '" + expression + "'");
            }
        }
        return values;
    }
}
