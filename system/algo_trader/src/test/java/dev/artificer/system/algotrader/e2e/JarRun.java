package dev.artificer.system.algotrader.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs the built executable jar ({@code system/algo-trader.jar}) as a separate process with a controlled
 * environment and working directory, the way a user runs it.
 */
final class JarRun {

    static final Path JAR = Path.of("..", "algo-trader.jar").toAbsolutePath().normalize();

    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private JarRun() {
    }

    static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static Result run(Path workingDirectory, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        return interactive(workingDirectory, environment, line -> Optional.empty(), args);
    }

    /**
     * Runs the jar and answers its output: each stdout line is offered to {@code answer}, and a reply is written
     * to the process's standard input as one line.
     */
    static Result interactive(Path workingDirectory, Map<String, String> environment,
                              Function<String, Optional<String>> answer, String... args)
            throws IOException, InterruptedException {
        return drive(workingDirectory, environment, answer, line -> false, args);
    }

    /**
     * Runs a long-running command until a stdout line satisfies {@code stopWhen}, then stops it as Ctrl-C or
     * SIGTERM would, and collects everything it printed until it exited.
     */
    static Result runUntil(Path workingDirectory, Map<String, String> environment, Predicate<String> stopWhen,
                           String... args) throws IOException, InterruptedException {
        return drive(workingDirectory, environment, line -> Optional.empty(), stopWhen, args);
    }

    /**
     * Starts the jar and leaves it running: its output is collected line by line as it comes, so that a test can run
     * other processes meanwhile, wait for a line, and stop it.
     */
    static Background start(Path workingDirectory, Map<String, String> environment, String... args) throws IOException {
        Path err = Files.createTempFile("algo-trader", ".err");
        Process process = builder(workingDirectory, environment, err, args).start();
        return new Background(process, err);
    }

    /** A jar started by {@link #start}. */
    static final class Background {
        private final Process process;
        private final Path err;
        private final StringBuffer out = new StringBuffer();
        private final Thread reader;

        private Background(Process process, Path err) {
            this.process = process;
            this.err = err;
            this.reader = Thread.ofVirtual().start(() -> {
                try (BufferedReader lines = process.inputReader(StandardCharsets.UTF_8)) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        out.append(line).append('\n');
                    }
                } catch (IOException closed) {
                    out.append("(output closed: ").append(closed.getMessage()).append(")\n");
                }
            });
        }

        /** Waits until a line of its output contains {@code text}; fails after 90 s or when it exits first. */
        void awaitLine(String text) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!out.toString().contains(text)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("no line with '" + text + "' in:\n" + out);
                }
                Thread.sleep(50);
            }
        }

        /** What it printed so far. */
        String outputSoFar() {
            return out.toString();
        }

        /** Stops it as Ctrl-C or SIGTERM would. */
        void stop() {
            process.toHandle().destroy();
        }

        /** The process, e.g. to learn when it exited. */
        Process process() {
            return process;
        }

        /** Waits for it to exit by itself and returns what it printed. */
        Result await() throws IOException, InterruptedException {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("algo-trader did not finish in 90 s:\n" + out);
            }
            reader.join();
            return new Result(process.exitValue(), out.toString(), Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    private static ProcessBuilder builder(Path workingDirectory, Map<String, String> environment, Path err,
                                          String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Duser.home=" + workingDirectory, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("HOME", workingDirectory.toString());
        builder.environment().putAll(environment);
        return builder;
    }

    private static Result drive(Path workingDirectory, Map<String, String> environment,
                                Function<String, Optional<String>> answer, Predicate<String> stopWhen, String... args)
            throws IOException, InterruptedException {
        Path err = Files.createTempFile("algo-trader", ".err");
        Process process = builder(workingDirectory, environment, err, args).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader lines = process.inputReader(StandardCharsets.UTF_8);
             Writer input = process.outputWriter(StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.append(line).append('\n');
                if (stopWhen.test(line)) {
                    process.toHandle().destroy();
                }
                Optional<String> reply = answer.apply(line);
                if (reply.isPresent()) {
                    input.write(reply.get() + "\n");
                    input.flush();
                }
            }
        }
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("algo-trader " + String.join(" ", args) + " did not finish in 90 s");
        }
        return new Result(process.exitValue(), out.toString(), Files.readString(err, StandardCharsets.UTF_8));
    }
}
