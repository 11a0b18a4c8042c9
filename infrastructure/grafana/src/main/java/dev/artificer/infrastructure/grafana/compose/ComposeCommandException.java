package dev.artificer.infrastructure.grafana.compose;

import java.util.List;

/** A {@code docker compose} command exited non-zero for a reason none of the more specific types covers. */
public final class ComposeCommandException extends DockerComposeException {

    private static final long serialVersionUID = 1L;

    /** The command's exit code. */
    private final int exitCode;
    /** The last non-blank lines of its standard error, oldest first. */
    private final List<String> stderrTail;

    /**
     * Creates the exception.
     *
     * @param message    which command failed, its exit code and the last lines of its standard error
     * @param exitCode   the command's exit code
     * @param stderrTail the last non-blank lines of its standard error, oldest first
     */
    public ComposeCommandException(String message, int exitCode, List<String> stderrTail) {
        super(message, null);
        this.exitCode = exitCode;
        this.stderrTail = List.copyOf(stderrTail);
    }

    /**
     * The command's exit code.
     *
     * @return a non-zero exit code
     */
    public int exitCode() {
        return exitCode;
    }

    /**
     * The last non-blank lines the command wrote to standard error.
     *
     * @return the lines, oldest first; empty when it wrote none
     */
    public List<String> stderrTail() {
        return stderrTail;
    }
}
