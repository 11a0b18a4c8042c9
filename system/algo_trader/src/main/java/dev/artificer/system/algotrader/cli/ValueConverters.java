package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli converters for the app's value types, so that a malformed symbol, bar size or date is found while the command
 * line is parsed: a usage error naming its option (exit code 2), before anything starts.
 */
final class ValueConverters {

    private ValueConverters() {
    }

    /**
     * Registers the converters on a command line and every subcommand it has so far.
     *
     * @param commandLine the command line
     */
    static void registerOn(CommandLine commandLine) {
        commandLine.registerConverter(Symbol.class, text -> converted(text, Symbol::of));
        commandLine.registerConverter(Timeframe.class, text -> converted(text, Timeframe::parse));
        commandLine.registerConverter(LocalDate.class, ValueConverters::date);
    }

    /**
     * Why a text is not a symbol, for a list of symbols that picocli ended at the first bad one (it reports the rest as
     * unmatched arguments, which names nothing).
     *
     * @param text an argument
     * @return the reason, or empty when it is a valid symbol
     */
    static Optional<String> symbolProblem(String text) {
        try {
            Symbol.of(text);
            return Optional.empty();
        } catch (IllegalArgumentException invalid) {
            return Optional.of(invalid.getMessage());
        }
    }

    private static <T> T converted(String text, Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException invalid) {
            throw new TypeConversionException(invalid.getMessage());
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException invalid) {
            throw new TypeConversionException("'" + text + "' is not a date as YYYY-MM-DD");
        }
    }
}
