package dev.artificer.system.algotrader.config;

import io.github.cdimascio.dotenv.DotenvEntry;
import io.github.cdimascio.dotenv.DotenvException;
import io.github.cdimascio.dotenv.internal.DotenvParser;
import io.github.cdimascio.dotenv.internal.DotenvReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One env file ({@code artificer.env}, {@code algo_trader.env}) in the shell syntax the templates use:
 * {@code export KEY=value}, plain {@code KEY=value}, quotes and {@code #} comments. Parsing is dotenv-java's;
 * this class only lets it accept the {@code export} keyword, so the same file can also be {@code source}d.
 *
 * @param path      where the file is
 * @param variables its variables, in file order; empty when the file does not exist
 */
public record EnvFile(Path path, Map<String, String> variables) {

    private static final Pattern EXPORT = Pattern.compile("^\\s*export\\s+");

    /**
     * Reads a file, or returns an empty one when it does not exist.
     *
     * @param path the file
     * @return its variables
     * @throws InvalidSettingException when a line is malformed (the message names the file)
     */
    public static EnvFile read(Path path) {
        if (!Files.isRegularFile(path)) {
            return new EnvFile(path, Map.of());
        }
        try {
            Map<String, String> variables = new LinkedHashMap<>();
            for (DotenvEntry entry : new DotenvParser(new ExportTolerantReader(path), false, true).parse()) {
                variables.put(entry.getKey(), entry.getValue());
            }
            return new EnvFile(path, Map.copyOf(variables));
        } catch (DotenvException malformed) {
            throw new InvalidSettingException(path + ": " + malformed.getMessage().replaceFirst("^Malformed entry ",
                    "malformed line: "));
        }
    }

    /**
     * The file's name, for showing where a value came from.
     *
     * @return e.g. {@code artificer.env}
     */
    public String name() {
        return path.getFileName().toString();
    }

    private static final class ExportTolerantReader extends DotenvReader {
        private final Path path;

        ExportTolerantReader(Path path) {
            super(path.getParent().toString(), path.getFileName().toString());
            this.path = path;
        }

        @Override
        public List<String> read() {
            try {
                return Files.readAllLines(path).stream().map(line -> EXPORT.matcher(line).replaceFirst("")).toList();
            } catch (IOException unreadable) {
                throw new InvalidSettingException(path + ": cannot be read (" + unreadable.getMessage() + ")");
            }
        }
    }
}
