package dev.artificer.system.algotrader.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion script the jar prints is loaded into a real bash, whose completion function is then asked what
 * follows a partly typed command line, as pressing Tab would.
 */
class CompletionE2E {

    @TempDir
    Path home;

    @BeforeAll
    static void jarWasBuilt() {
        assertThat(JarRun.JAR).as("run ./mvnw package first").exists();
    }

    private List<String> complete(Path script, String... words) throws Exception {
        String line = String.join(" ", words);
        String probe = "source " + script + "\n"
                + "COMP_WORDS=(" + String.join(" ", Arrays.stream(words).map(word -> "'" + word + "'").toList()) + ")\n"
                + "COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE='" + line + "'\nCOMP_POINT=${#COMP_LINE}\n"
                + "$(complete -p algo-trader | sed -E 's/.*-F ([^ ]+) .*/\\1/')\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "-c", probe).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String answer = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return Arrays.stream(answer.split("\n")).map(String::strip).filter(word -> !word.isEmpty()).toList();
    }

    private Path script() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "completion");
        assertThat(result.exitCode()).as(result.all()).isZero();
        Path script = home.resolve("algo-trader-completion.bash");
        Files.writeString(script, result.out());
        return script;
    }

    @Test
    void tabAfterAPrefixOffersTheCommandsThatStartWithIt() throws Exception {
        assertThat(complete(script(), "algo-trader", "back")).containsExactlyInAnyOrder("backfill", "backtest", "backtests");
    }

    @Test
    void tabAfterADashOffersTheCommandsOptions() throws Exception {
        assertThat(complete(script(), "algo-trader", "backtest", "--str")).containsExactly("--strategy");
    }

    @Test
    void tabAfterATimeframeOptionOffersTheTimeframes() throws Exception {
        assertThat(complete(script(), "algo-trader", "history", "AAPL", "--timeframe", ""))
                .contains("daily", "weekly", "1m");
    }
}
