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

    private static Result drive(Path workingDirectory, Map<String, String> environment,
                                Function<String, Optional<String>> answer, Predicate<String> stopWhen, String... args)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Duser.home=" + workingDirectory, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("algo-trader", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("HOME", workingDirectory.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
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
