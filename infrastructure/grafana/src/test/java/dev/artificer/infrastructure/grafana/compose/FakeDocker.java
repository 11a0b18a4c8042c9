package dev.artificer.infrastructure.grafana.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

/**
 * A stand-in for the {@code docker} executable: a bash script in a temporary directory that records its
 * arguments and environment, then prints the scripted standard output and error and exits with the scripted
 * code (or sleeps, to test timeouts).
 */
public final class FakeDocker {

    private static final String SCRIPT = """
            #!/usr/bin/env bash
            here="$(dirname "$0")"
            printf '%s\\n' "$@" > "$here/arguments"
            env > "$here/environment"
            if [ -f "$here/sleep" ]; then exec sleep "$(cat "$here/sleep")"; fi
            cat "$here/stdout"
            cat "$here/stderr" >&2
            exit "$(cat "$here/exit-code")"
            """;

    private final Path directory;

    private FakeDocker(Path directory) {
        this.directory = directory;
    }

    /**
     * Writes the script into the directory; until told otherwise it prints nothing and exits 0.
     *
     * @param directory an empty temporary directory
     * @return the fake
     */
    public static FakeDocker in(Path directory) {
        FakeDocker docker = new FakeDocker(directory);
        docker.write("docker", SCRIPT);
        docker.answers(0, "", "");
        try {
            Files.setPosixFilePermissions(docker.executable(), PosixFilePermissions.fromString("rwx------"));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return docker;
    }

    /**
     * The script's path, to pass as the docker executable.
     *
     * @return the path
     */
    public Path executable() {
        return directory.resolve("docker");
    }

    /**
     * Scripts the next runs.
     *
     * @param exitCode the exit code
     * @param stdout   what to print on standard output
     * @param stderr   what to print on standard error
     * @return this fake
     */
    public FakeDocker answers(int exitCode, String stdout, String stderr) {
        write("exit-code", Integer.toString(exitCode));
        write("stdout", stdout);
        write("stderr", stderr);
        return this;
    }

    /**
     * Scripts a failure that prints only on standard error.
     *
     * @param exitCode the exit code
     * @param stderr   what to print on standard error
     * @return this fake
     */
    public FakeDocker fails(int exitCode, String stderr) {
        return answers(exitCode, "", stderr);
    }

    /**
     * Makes the next runs sleep instead of answering.
     *
     * @param duration how long
     * @return this fake
     */
    public FakeDocker hangs(Duration duration) {
        write("sleep", Long.toString(duration.toSeconds()));
        return this;
    }

    /**
     * The arguments of the last run, one per element.
     *
     * @return the arguments after the executable
     */
    public List<String> arguments() {
        return read("arguments").lines().toList();
    }

    /**
     * The environment of the last run, as {@code NAME=value} lines.
     *
     * @return the lines
     */
    public List<String> environment() {
        return read("environment").lines().toList();
    }

    /**
     * Whether the script ran at all.
     *
     * @return true once it has recorded arguments
     */
    public boolean ran() {
        return Files.exists(directory.resolve("arguments"));
    }

    private void write(String name, String content) {
        try {
            Files.writeString(directory.resolve(name), content);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private String read(String name) {
        try {
            return Files.readString(directory.resolve(name));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
