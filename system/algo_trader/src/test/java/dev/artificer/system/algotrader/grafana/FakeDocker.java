package dev.artificer.system.algotrader.grafana;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A stand-in {@code docker}: a bash script in a temporary directory that appends each command line to
 * {@code calls} and answers per compose command ({@code up}, {@code stop}, {@code ps}, ...) with the scripted
 * standard output, standard error and exit code (default: nothing, exit 0).
 */
final class FakeDocker {

    private static final String SCRIPT = """
            #!/usr/bin/env bash
            here="$(dirname "$0")"
            printf '%s\\n' "$*" >> "$here/calls"
            env > "$here/environment"
            command="$6"
            [ -f "$here/$command.stdout" ] && cat "$here/$command.stdout"
            [ -f "$here/$command.stderr" ] && cat "$here/$command.stderr" >&2
            exit "$(cat "$here/$command.exit" 2>/dev/null || echo 0)"
            """;

    private final Path directory;

    private FakeDocker(Path directory) {
        this.directory = directory;
    }

    static FakeDocker in(Path directory) throws IOException {
        Files.writeString(directory.resolve("docker"), SCRIPT);
        Files.setPosixFilePermissions(directory.resolve("docker"), PosixFilePermissions.fromString("rwx------"));
        return new FakeDocker(directory);
    }

    Path executable() {
        return directory.resolve("docker");
    }

    FakeDocker answers(String command, int exitCode, String stdout, String stderr) throws IOException {
        Files.writeString(directory.resolve(command + ".exit"), String.valueOf(exitCode));
        Files.writeString(directory.resolve(command + ".stdout"), stdout);
        Files.writeString(directory.resolve(command + ".stderr"), stderr);
        return this;
    }

    List<String> calls() throws IOException {
        Path calls = directory.resolve("calls");
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    String environment() throws IOException {
        return Files.readString(directory.resolve("environment"));
    }
}
