package dev.artificer.system.algotrader.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command, given a bad argument, exits with 2 and says so in one line on standard error that names what was
 * wrong, printing nothing on standard output.
 */
class BadInputE2E {

    /** A bad command line per command and subcommand, and the option or parameter its error must name. */
    private static final List<List<String>> SWEEP = List.of(
            List.of("--bogus", "run", "--bogus"),
            List.of("--bogus", "status", "--bogus"),
            List.of("--timeout", "auth", "login", "--timeout", "soon"),
            List.of("--bogus", "auth", "status", "--bogus"),
            List.of("--bogus", "auth", "logout", "--bogus"),
            List.of("--timeframe", "history", "AAPL", "--timeframe", "2h"),
            List.of("--from", "history", "AAPL", "--from", "2024-13-01"),
            List.of("SYMBOL", "watchlist", "add", "12*"),
            List.of("SYMBOL", "watchlist", "add", "AAPL", "12*"),
            List.of("SYMBOL", "watchlist", "remove", "#"),
            List.of("--bogus", "watchlist", "list", "--bogus"),
            List.of("--timeframes", "backfill", "--symbols", "AAPL", "--timeframes", "2h"),
            List.of("--symbols", "backfill", "--symbols", "AAPL,$"),
            List.of("SYMBOL", "company", "?"),
            List.of("--timeframe", "data", "import", "bars.csv", "--symbol", "AAPL", "--timeframe", "2h"),
            List.of("--from", "backtest", "--strategy", "sma-cross", "--symbol", "AAPL", "--from", "2024-02-30"),
            List.of("--cash", "backtest", "--strategy", "sma-cross", "--symbol", "AAPL", "--cash", "lots"),
            List.of("--samples", "optimize", "--strategy", "sma-cross", "--symbol", "AAPL", "--samples", "many"),
            List.of("--in-sample", "walkforward", "--strategy", "sma-cross", "--symbol", "AAPL", "--in-sample", "x"),
            List.of("--cuts", "lookahead", "--strategy", "sma-cross", "--symbol", "AAPL", "--cuts", "x"),
            List.of("--limit", "backtests", "list", "--limit", "x"),
            List.of("ID", "backtests", "show", "first"),
            List.of("--bogus", "strategies", "--bogus"),
            List.of("--bogus", "strategy", "new", "my-idea", "--bogus"),
            List.of("--timeframe", "strategy", "assign", "AAPL", "--strategy", "sma-cross", "--timeframe", "2h"),
            List.of("SYMBOL", "strategy", "unassign", "!"),
            List.of("--bogus", "strategy", "list", "--bogus"),
            List.of("--bogus", "trading", "halt", "--bogus"),
            List.of("--bogus", "trading", "resume", "--bogus"),
            List.of("--bogus", "trading", "status", "--bogus"),
            List.of("--limit", "decisions", "list", "--limit", "x"),
            List.of("--json", "decisions", "list", "--json", "--csv"),
            List.of("--bogus", "positions", "--bogus"),
            List.of("--bogus", "jobs", "list", "--bogus"),
            List.of("NAME", "jobs", "run"),
            List.of("SYMBOL", "stream", "12*"),
            List.of("--for", "stream", "AAPL", "--for", "soon"),
            List.of("--bogus", "grafana", "start", "--bogus"),
            List.of("--bogus", "grafana", "stop", "--bogus"),
            List.of("--bogus", "grafana", "restart", "--bogus"),
            List.of("--bogus", "grafana", "status", "--bogus"),
            List.of("--tail", "grafana", "logs", "--tail", "x"),
            List.of("--bogus", "version", "--bogus"),
            List.of("SHELL", "completion", "fish"),
            List.of("nope", "help", "nope"));

    @TempDir
    Path home;

    @BeforeAll
    static void jarWasBuilt() {
        assertThat(JarRun.JAR).as("run ./mvnw package first").exists();
    }

    @Test
    void everyCommandRejectsABadArgumentWithExitCodeTwoAndOneLineNamingIt() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (List<String> bad : SWEEP) {
            String named = bad.getFirst();
            String[] args = bad.subList(1, bad.size()).toArray(String[]::new);
            JarRun.Result result = JarRun.run(home, Map.of(), args);
            String commandLine = String.join(" ", args);
            softly.assertThat(result.exitCode()).as(commandLine + "\n" + result.all()).isEqualTo(2);
            softly.assertThat(result.err().strip().lines().toList()).as(commandLine).hasSize(1)
                    .allSatisfy(line -> assertThat(line).contains(named));
            softly.assertThat(result.out()).as(commandLine).isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void theSweepCoversEveryCommandTheHelpLists() throws Exception {
        String help = JarRun.run(home, Map.of(), "--help").out();
        Set<String> listed = help.substring(help.indexOf("Commands:")).lines().skip(1)
                .filter(line -> line.startsWith("  ") && !line.startsWith("   "))
                .map(line -> line.strip().split("\\s+")[0]).collect(Collectors.toCollection(TreeSet::new));
        Set<String> swept = SWEEP.stream().map(bad -> bad.get(1)).collect(Collectors.toCollection(TreeSet::new));

        assertThat(listed).hasSizeGreaterThan(20);
        assertThat(swept).containsAll(listed);
    }

    @Test
    void aHeatmapParameterThatIsNotSearchedIsBadInputBeforeTheSearch() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "optimize", "--strategy", "sma-cross", "--symbol", "AAPL",
                "fast=5,10", "slow=20,30", "--heatmap", "fast,percent");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("optimize: --heatmap percent: not a parameter searched over several "
                + "values (those are fast, slow)");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aRangeWhoseStartIsAfterItsEndIsBadInput() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "backtest", "--strategy", "sma-cross", "--symbol", "AAPL",
                "--from", "2024-05-01", "--to", "2024-01-31");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("backtest: --from 2024-05-01 is after --to 2024-01-31");
    }

    @Test
    void debugAddsTheStackTraceToTheLine() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "--debug", "backfill", "--timeframes", "2h");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(Arrays.asList(result.err().split("\n")).getFirst()).contains("--timeframes");
        assertThat(result.err()).contains("\tat picocli.CommandLine");
    }
}
