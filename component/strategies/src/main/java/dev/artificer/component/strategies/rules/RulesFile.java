package dev.artificer.component.strategies.rules;

import dev.artificer.component.strategy.ParameterSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule strategy saved as a text file in the strategies folder: its name is the file's name without
 * {@code .rules}. Lines, {@code #} starting a comment:
 *
 * <pre>
 * description: Trend entries that skip overbought markets
 * param fast = 10 (2..200) fast SMA period
 * param level = 70.0 (0..100) RSI ceiling
 * entry: crosses_above(sma(close, fast), sma(close, 30))
 *        and rsi(close, 14) &lt; level
 * exit: crosses_below(sma(close, fast), sma(close, 30))
 * set sizing = percent
 * set percent = 20
 * </pre>
 *
 * <p>A parameter is whole when its default has no decimal point, decimal otherwise; its range is inclusive. A line
 * that starts with a blank continues the one before. {@code set} changes the default of a parameter every rule
 * strategy has (sizing and the like).
 *
 * @param name        the strategy's name
 * @param description what it does
 * @param parameters  the parameters its expressions use
 * @param defaults    new defaults of the common parameters, by name
 * @param entry       the entry condition
 * @param exit        the exit condition
 * @param entryLine   the line the entry starts on, for messages
 * @param exitLine    the line the exit starts on, for messages
 */
public record RulesFile(String name, String description, List<ParameterSpec> parameters,
                        Map<String, String> defaults, String entry, String exit, int entryLine, int exitLine) {

    /** The ending of a rules file's name. */
    public static final String ENDING = ".rules";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern PARAM = Pattern.compile(
            "param\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(-?[0-9.]+)\\s*\\(\\s*(-?[0-9.]+)\\s*\\.\\.\\s*(-?[0-9.]+)\\s*\\)\\s*(.*)");
    private static final Pattern SET = Pattern.compile("set\\s+([a-z][a-z0-9_-]*)\\s*=\\s*(\\S+)\\s*");
    private static final Pattern KEY = Pattern.compile("(description|entry|exit)\\s*:\\s*(.*)");
    private static final List<String> RESERVED = List.of("open", "high", "low", "close", "volume", "and", "or", "not");

    /** Copies the collections. */
    public RulesFile {
        parameters = List.copyOf(parameters);
        defaults = Map.copyOf(defaults);
    }

    /**
     * Reads a rules file; the expressions are checked when the strategy is defined.
     *
     * @param fileName the file's name, e.g. {@code dip-buyer.rules}
     * @param text     its content
     * @return the file
     * @throws IllegalArgumentException as {@code file:line: problem}, for the first problem
     */
    public static RulesFile parse(String fileName, String text) {
        String name = fileName.endsWith(ENDING) ? fileName.substring(0, fileName.length() - ENDING.length()) : fileName;
        if (!NAME.matcher(name).matches()) {
            throw problem(fileName, 1, "the name '" + name + "' must be lower case letters, digits and '-', starting "
                    + "with a letter (rename the file)");
        }
        List<String[]> lines = joined(fileName, text);
        String description = "";
        String entry = null;
        String exit = null;
        int entryLine = 0;
        int exitLine = 0;
        List<ParameterSpec> parameters = new ArrayList<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String[] numbered : lines) {
            int line = Integer.parseInt(numbered[0]);
            String content = numbered[1];
            Matcher key = KEY.matcher(content);
            Matcher param = PARAM.matcher(content);
            Matcher set = SET.matcher(content);
            if (key.matches()) {
                switch (key.group(1)) {
                    case "description" -> description = key.group(2).strip();
                    case "entry" -> {
                        entry = once(fileName, line, "entry", entry, key.group(2));
                        entryLine = line;
                    }
                    default -> {
                        exit = once(fileName, line, "exit", exit, key.group(2));
                        exitLine = line;
                    }
                }
            } else if (param.matches()) {
                parameters.add(parameter(fileName, line, param, parameters));
            } else if (set.matches()) {
                defaults.put(set.group(1), set.group(2));
            } else {
                throw problem(fileName, line, "expected 'description:', 'param NAME = DEFAULT (MIN..MAX)', 'entry:', "
                        + "'exit:' or 'set NAME = VALUE', got '" + content + "'");
            }
        }
        if (entry == null || exit == null) {
            throw problem(fileName, lines.isEmpty() ? 1 : Integer.parseInt(lines.getLast()[0]),
                    "a rules file needs an 'entry:' and an 'exit:' line");
        }
        return new RulesFile(name, description.isEmpty() ? "Rules from " + fileName : description, parameters,
                defaults, entry, exit, entryLine, exitLine);
    }

    private static List<String[]> joined(String fileName, String text) {
        List<String[]> lines = new ArrayList<>();
        String[] raw = text.split("\\R", -1);
        for (int index = 0; index < raw.length; index++) {
            String line = raw[index];
            int hash = line.indexOf('#');
            String content = hash >= 0 ? line.substring(0, hash) : line;
            if (content.isBlank()) {
                continue;
            }
            if (Character.isWhitespace(content.charAt(0))) {
                if (lines.isEmpty()) {
                    throw problem(fileName, index + 1, "a continuation line needs a line before it");
                }
                String[] previous = lines.getLast();
                previous[1] = previous[1] + " " + content.strip();
            } else {
                lines.add(new String[] {String.valueOf(index + 1), content.strip()});
            }
        }
        return lines;
    }

    private static String once(String fileName, int line, String key, String before, String value) {
        if (before != null) {
            throw problem(fileName, line, "'" + key + ":' is given twice");
        }
        if (value.isBlank()) {
            throw problem(fileName, line, "'" + key + ":' needs a condition");
        }
        return value.strip();
    }

    private static ParameterSpec parameter(String fileName, int line, Matcher param, List<ParameterSpec> before) {
        String name = param.group(1);
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw problem(fileName, line, "'" + name + "' is a word of the rule language; name the parameter otherwise");
        }
        if (before.stream().anyMatch(spec -> spec.name().equalsIgnoreCase(name))) {
            throw problem(fileName, line, "the parameter '" + name + "' is declared twice");
        }
        String description = param.group(5).isBlank() ? name : param.group(5).strip();
        try {
            if (param.group(2).contains(".")) {
                return ParameterSpec.decimal(name, Double.parseDouble(param.group(2)), Double.parseDouble(param.group(3)),
                        Double.parseDouble(param.group(4)), description);
            }
            return ParameterSpec.integer(name, Integer.parseInt(param.group(2)), Integer.parseInt(param.group(3)),
                    Integer.parseInt(param.group(4)), description);
        } catch (IllegalArgumentException invalid) {
            throw problem(fileName, line, "parameter " + name + ": " + invalid.getMessage());
        }
    }

    private static IllegalArgumentException problem(String fileName, int line, String problem) {
        return new IllegalArgumentException(fileName + ":" + line + ": " + problem);
    }
}
