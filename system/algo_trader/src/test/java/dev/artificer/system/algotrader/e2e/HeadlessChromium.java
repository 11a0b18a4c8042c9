package dev.artificer.system.algotrader.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium run headless, as a person's browser would show a page: flags as the machine notes give them
 * (no sandbox as root, no GPU, no background networking on this closed network) and a fresh profile each run. Absent
 * Chromium skips the test with the reason, unless {@code ARTIFICER_REQUIRE_SERVICES} lists {@code chromium} (as CI
 * does, having installed it), which fails it instead.
 */
final class HeadlessChromium {

    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", "--enable-logging=stderr", "--v=0");
    private static final long TIMEOUT_SECONDS = 90;

    /** What Chromium printed: the page (for a DOM dump) and its log, where console messages show as CONSOLE lines. */
    record Output(String out, String log) {

        List<String> consoleMessages() {
            return log.lines().filter(line -> line.contains(":CONSOLE")).toList();
        }
    }

    private final Path work;

    private HeadlessChromium(Path work) {
        this.work = work;
    }

    /** Chromium working in a folder (profiles go below it), or the test skipped when Chromium is missing. */
    static HeadlessChromium in(Path work) throws IOException {
        if (!Files.isExecutable(BINARY)) {
            String required = System.getenv().getOrDefault("ARTIFICER_REQUIRE_SERVICES", "");
            assertThat(List.of(required.toLowerCase(Locale.ROOT).split("\\s*,\\s*")))
                    .as("ARTIFICER_REQUIRE_SERVICES requires chromium, but " + BINARY + " is missing").doesNotContain("chromium");
            Assumptions.abort("no Chromium at " + BINARY + " (apt-get install chromium)");
        }
        Files.createDirectories(work);
        return new HeadlessChromium(work);
    }

    /** The DOM after the page loaded, scripts on, with file pages allowed to read each other (for a measuring frame). */
    Output dumpDom(Path page) throws IOException, InterruptedException {
        return run(List.of("--allow-file-access-from-files", "--dump-dom", page.toUri().toString()));
    }

    /** A screenshot of a page at a window size. */
    Output screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        return run(List.of("--window-size=" + width + "," + height,
                "--screenshot=" + png.toAbsolutePath(), page.toUri().toString()));
    }

    private Output run(List<String> arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        Path out = work.resolve(profile.getFileName() + ".out");
        Path log = work.resolve(profile.getFileName() + ".log");
        List<String> command = new ArrayList<>(List.of(BINARY.toString()));
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(out.toFile())
                .redirectError(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        assertThat(process.exitValue()).as("Chromium's exit code; its log: " + log).isZero();
        return new Output(Files.readString(out, StandardCharsets.UTF_8), Files.readString(log, StandardCharsets.UTF_8));
    }
}
