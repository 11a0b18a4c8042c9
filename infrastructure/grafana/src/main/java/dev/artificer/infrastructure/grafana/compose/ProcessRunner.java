package dev.artificer.infrastructure.grafana.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one command as a child process with {@link ProcessBuilder}: no shell, arguments passed as they are,
 * both output streams read to the end while it runs, and the whole process tree killed when it outlives its
 * timeout. Once the command has exited, its output is awaited for at most two more seconds: a stream a
 * leftover child process keeps open counts as empty.
 */
final class ProcessRunner {

    private static final Duration DRAIN_AFTER_EXIT = Duration.ofSeconds(2);

    CommandResult run(List<String> command, Map<String, String> environment, Duration timeout, String what) {
        Process process = start(command, environment, what);
        FutureTask<String> stdout = drain(process.getInputStream());
        FutureTask<String> stderr = drain(process.getErrorStream());
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new ComposeTimeoutException(what + " did not finish within " + timeout + " and was killed");
            }
            return new CommandResult(process.exitValue(), collect(stdout), collect(stderr));
        } catch (InterruptedException interrupted) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new ComposeTimeoutException(what + " was interrupted and killed");
        }
    }

    private static Process start(List<String> command, Map<String, String> environment, String what) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            return process;
        } catch (IOException cannotRun) {
            throw new DockerNotFoundException(what + " failed: cannot run the docker executable '" + command.getFirst()
                    + "' (" + firstLine(cannotRun.getMessage()) + "); install Docker or pass the executable's path",
                    cannotRun);
        }
    }

    private static FutureTask<String> drain(InputStream stream) {
        FutureTask<String> reader = new FutureTask<>(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException closed) {
                throw new UncheckedIOException(closed);
            }
        });
        Thread.ofVirtual().name("compose-output").start(reader);
        return reader;
    }

    private static String collect(FutureTask<String> reader) throws InterruptedException {
        try {
            return reader.get(DRAIN_AFTER_EXIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException unreadable) {
            return "";
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String firstLine(String text) {
        return text == null ? "unknown reason" : text.lines().findFirst().orElse("unknown reason");
    }
}
