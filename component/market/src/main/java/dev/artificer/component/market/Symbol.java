package dev.artificer.component.market;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A ticker symbol of a US-listed instrument, normalised to upper case: {@code AAPL}, {@code BRK.B},
 * {@code BRK/B} or an index such as {@code $SPX}.
 *
 * @param value the normalised symbol text
 */
public record Symbol(String value) {

    private static final Pattern SYNTAX = Pattern.compile("\\$?[A-Z][A-Z0-9./-]{0,11}");

    /**
     * Validates the symbol text.
     *
     * @throws IllegalArgumentException when the text is not a valid symbol
     */
    public Symbol {
        if (value == null || !SYNTAX.matcher(value).matches()) {
            throw new IllegalArgumentException("symbol must be 1 to 12 characters: an optional '$', a letter, "
                    + "then letters, digits, '.', '/' or '-' (got " + quoted(value) + ")");
        }
    }

    /**
     * Parses user input, trimming and upper-casing it first.
     *
     * @param text the symbol as typed, e.g. {@code " aapl"}
     * @return the symbol
     * @throws IllegalArgumentException when the text is not a valid symbol
     */
    public static Symbol of(String text) {
        return new Symbol(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }

    private static String quoted(String text) {
        return text == null ? "nothing" : "'" + text + "'";
    }
}
