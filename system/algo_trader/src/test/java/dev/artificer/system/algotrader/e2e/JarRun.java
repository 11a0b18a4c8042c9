package dev.artificer.system.algotrader.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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

    static Result run(Path workingDirectory, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Duser.home=" + workingDirectory, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("algo-trader", ".out");
        Path err = Files.createTempFile("algo-trader", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("HOME", workingDirectory.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("algo-trader " + String.join(" ", args) + " did not finish in 90 s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
