package dev.artificer.system.algotrader.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads files at the repository root from a test running in system/algo_trader. */
final class RepositoryFiles {

    static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();

    private static final Pattern EXPORTED = Pattern.compile("(?m)^\\s*#?\\s*export\\s+([A-Z0-9_]+)=");

    private RepositoryFiles() {
    }

    static String read(String relative) {
        try {
            return Files.readString(ROOT.resolve(relative));
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }

    static Set<String> templateVariables(String relative) {
        Matcher matcher = EXPORTED.matcher(read(relative));
        return matcher.results().map(result -> result.group(1)).collect(Collectors.toSet());
    }
}
