package dev.artificer.infrastructure.grafana.compose;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How to run {@code docker compose} for one project. Built with {@link #builder()}; the values of the extra
 * environment never appear in {@link #toString()}, because they often hold passwords for the compose file.
 *
 * @param dockerExecutable the docker client: a name looked up on this JVM's {@code PATH} (e.g. {@code docker})
 *                         or a path to the executable
 * @param composeFile      the compose file, passed as {@code -f}; relative paths are taken from the working
 *                         directory of this JVM
 * @param projectName      the compose project name, passed as {@code -p}
 * @param environment      variables added to the inherited environment of every command, e.g. the values the
 *                         compose file interpolates
 * @param commandTimeout   how long one command may run before it is killed (pulling an image takes a while)
 * @param stderrTailLines  how many of the last standard-error lines a failure message quotes
 */
public record ComposeSettings(String dockerExecutable, Path composeFile, String projectName,
                              Map<String, String> environment, Duration commandTimeout, int stderrTailLines) {

    private static final Pattern PROJECT_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    /**
     * Validates the settings and copies the environment.
     *
     * @throws IllegalArgumentException naming the setting that is out of range
     */
    public ComposeSettings {
        if (dockerExecutable == null || dockerExecutable.isBlank()) {
            throw new IllegalArgumentException("docker executable must not be empty");
        }
        if (composeFile == null) {
            throw new IllegalArgumentException("compose file must be given");
        }
        if (projectName == null || !PROJECT_NAME.matcher(projectName).matches()) {
            throw new IllegalArgumentException("compose project name must be lower-case letters, digits, '_' or '-', "
                    + "starting with a letter or digit (got '" + projectName + "')");
        }
        environment = environment == null ? Map.of() : Map.copyOf(requireValues(environment));
        if (commandTimeout == null || commandTimeout.isZero() || commandTimeout.isNegative()) {
            throw new IllegalArgumentException("command timeout must be positive (got " + commandTimeout + ")");
        }
        if (stderrTailLines < 1) {
            throw new IllegalArgumentException("stderr tail lines must be 1 or more (got " + stderrTailLines + ")");
        }
    }

    /**
     * A builder with the defaults: executable {@code docker} from the PATH, no extra environment, a 5-minute
     * command timeout, 5 stderr lines in failure messages. The compose file and project name have no default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    private static Map<String, String> requireValues(Map<String, String> environment) {
        environment.forEach((name, value) -> {
            if (name == null || name.isBlank() || value == null) {
                throw new IllegalArgumentException("environment variable '" + name + "' needs a name and a value");
            }
        });
        return environment;
    }

    @Override
    public String toString() {
        return "ComposeSettings[" + dockerExecutable + " compose -f " + composeFile + " -p " + projectName
                + ", environment=" + new TreeMap<>(environment).keySet()
                + ", commandTimeout=" + commandTimeout + ", stderrTailLines=" + stderrTailLines + "]";
    }

    /** Collects settings step by step; {@link #build()} validates them. */
    public static final class Builder {
        private String dockerExecutable = "docker";
        private Path composeFile;
        private String projectName;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Duration commandTimeout = Duration.ofMinutes(5);
        private int stderrTailLines = 5;

        private Builder() {
        }

        /**
         * Sets the docker client to run.
         *
         * @param dockerExecutable a name looked up on the PATH, or a path
         * @return this builder
         */
        public Builder dockerExecutable(String dockerExecutable) {
            this.dockerExecutable = dockerExecutable;
            return this;
        }

        /**
         * Sets the docker client to run.
         *
         * @param dockerExecutable the path of the executable
         * @return this builder
         */
        public Builder dockerExecutable(Path dockerExecutable) {
            return dockerExecutable(dockerExecutable.toString());
        }

        /**
         * Sets the compose file.
         *
         * @param composeFile the compose file
         * @return this builder
         */
        public Builder composeFile(Path composeFile) {
            this.composeFile = composeFile;
            return this;
        }

        /**
         * Sets the compose project name.
         *
         * @param projectName lower-case letters, digits, '_' or '-'
         * @return this builder
         */
        public Builder projectName(String projectName) {
            this.projectName = projectName;
            return this;
        }

        /**
         * Adds one variable to the environment of every command.
         *
         * @param name  variable name
         * @param value its value; never shown in {@code toString()}
         * @return this builder
         */
        public Builder environment(String name, String value) {
            this.environment.put(name, value);
            return this;
        }

        /**
         * Adds variables to the environment of every command.
         *
         * @param variables names and values; values are never shown in {@code toString()}
         * @return this builder
         */
        public Builder environment(Map<String, String> variables) {
            this.environment.putAll(variables);
            return this;
        }

        /**
         * Sets how long one command may run.
         *
         * @param commandTimeout a positive duration
         * @return this builder
         */
        public Builder commandTimeout(Duration commandTimeout) {
            this.commandTimeout = commandTimeout;
            return this;
        }

        /**
         * Sets how many of the last stderr lines a failure message quotes.
         *
         * @param lines 1 or more
         * @return this builder
         */
        public Builder stderrTailLines(int lines) {
            this.stderrTailLines = lines;
            return this;
        }

        /**
         * Validates and builds the settings.
         *
         * @return the settings
         */
        public ComposeSettings build() {
            return new ComposeSettings(dockerExecutable, composeFile, projectName, environment, commandTimeout,
                    stderrTailLines);
        }
    }
}
