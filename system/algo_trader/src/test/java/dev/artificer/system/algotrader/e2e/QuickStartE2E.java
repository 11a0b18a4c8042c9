package dev.artificer.system.algotrader.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.system.algotrader.adapters.yahoo.StandInYahoo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start, exactly as written: the build line is the one Maven ran to make the jar under test, the
 * other lines run through the jar in order, with Yahoo replaced by the local stand-in.
 */
class QuickStartE2E {

    private static final Path README = Path.of("README.md");
    private static final String BUILD = "./mvnw -q -DskipTests install";
    private static final String JAR = "java -jar system/algo-trader.jar ";

    @TempDir
    Path home;

    private StandInYahoo yahoo;

    @BeforeAll
    static void jarWasBuilt() {
        assertThat(JarRun.JAR).as("run ./mvnw package first").exists();
    }

    @BeforeEach
    void startStandIn() throws Exception {
        yahoo = StandInYahoo.start();
        yahoo.serve("AAPL", StandInYahoo.wave(LocalDate.of(2019, 12, 2), LocalDate.of(2025, 1, 31)));
    }

    @AfterEach
    void stopStandIn() {
        yahoo.close();
    }

    /** The commands of the README's quick-start block, comments removed. */
    private static List<String> quickStart() throws Exception {
        Matcher block = Pattern.compile("<!-- quick-start -->\\s*```bash\\n(.*?)```\\s*<!-- /quick-start -->", Pattern.DOTALL)
                .matcher(Files.readString(README));
        assertThat(block.find()).as("README.md has a quick-start block").isTrue();
        List<String> commands = new ArrayList<>();
        for (String line : block.group(1).split("\n")) {
            int comment = line.indexOf("  #");
            commands.add((comment < 0 ? line : line.substring(0, comment)).strip());
        }
        return commands;
    }

    @Test
    void theQuickStartGivesABacktestReportOnDownloadedBarsAndAPaperTradingAssignment() throws Exception {
        List<String> commands = quickStart();
        assertThat(commands).hasSize(4);
        assertThat(commands.getFirst()).isEqualTo(BUILD);
        Map<String, String> environment = Map.of("ALGO_TRADER_YAHOO_BASE_URL", yahoo.base().toString());
        List<JarRun.Result> results = new ArrayList<>();
        for (String command : commands.subList(1, commands.size())) {
            assertThat(command).startsWith(JAR);
            JarRun.Result result = JarRun.run(home, environment, command.substring(JAR.length()).split("\\s+"));
            assertThat(result.exitCode()).as(command + "\n" + result.all()).isZero();
            results.add(result);
        }

        assertThat(results.get(0).out()).contains("daily bars of AAPL (2020-01-01 .. 2024-12-31) from Yahoo Finance");
        Matcher report = Pattern.compile("Report: (\\S+)").matcher(results.get(1).out());
        assertThat(report.find()).as(results.get(1).out()).isTrue();
        assertThat(Path.of(report.group(1))).exists().startsWith(home);
        assertThat(results.get(1).out()).doesNotContainIgnoringCase("simulated").contains("exposure; buy and hold");
        assertThat(results.get(2).out()).contains("added AAPL to the watchlist").contains("assigned sma-cross")
                .contains("to AAPL daily");
    }
}
