package dev.artificer.system.algotrader.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A strategy of the user's own through the jar: written by `strategy new`, compiled at run time, backtested. */
class UserStrategiesE2E {

    @TempDir
    Path home;

    @BeforeAll
    static void jarWasBuilt() {
        assertThat(JarRun.JAR).as("run ./mvnw package first").exists();
    }

    private static String metric(JarRun.Result result, String name) {
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\s+(\\S+)").matcher(result.out());
        assertThat(value.find()).as(result.all()).isTrue();
        return value.group(1);
    }

    @Test
    void aStarterStrategyIsListedBacktestedAndTradesExactlyLikeTheBuiltInItStartsFrom() throws Exception {
        JarRun.Result created = JarRun.run(home, Map.of(), "strategy", "new", "my-idea");
        assertThat(created.exitCode()).as(created.all()).isZero();
        Path file = home.resolve(".artificer/algo_trader/strategies/MyIdea.java");
        assertThat(created.out()).contains("wrote " + file);

        JarRun.Result listed = JarRun.run(home, Map.of(), "strategies", "my-idea");
        assertThat(listed.out()).contains("my-idea ").contains("[yours: " + file + "]");

        JarRun.Result mine = JarRun.run(home, Map.of(), "backtest", "--strategy", "my-idea", "--symbol", "AAPL",
                "fast=5", "slow=20");
        JarRun.Result builtin = JarRun.run(home, Map.of(), "backtest", "--strategy", "sma-cross", "--symbol", "AAPL",
                "fast=5", "slow=20", "sizing=fixed");

        assertThat(mine.exitCode()).as(mine.all()).isZero();
        assertThat(mine.out()).containsPattern("code MyIdea\\.java@[0-9a-f]{12}")
                .contains("checking it for look-ahead").contains("No look-ahead");
        for (String name : new String[] {"Total return", "Trades", "Fees paid", "Final equity"}) {
            assertThat(metric(mine, name)).as(name).isEqualTo(metric(builtin, name));
        }
    }

    @Test
    void everyCompileErrorIsPrintedAsFileLineAndNothingRuns() throws Exception {
        Path folder = Files.createDirectories(home.resolve(".artificer/algo_trader/strategies"));
        Files.writeString(folder.resolve("Broken.java"), """
                import dev.artificer.component.strategy.Strategy;
                public final class Broken implements Strategy {
                    int x = "text";
                    Undefined y;
                }
                """);

        JarRun.Result result = JarRun.run(home, Map.of(), "backtest", "--strategy", "broken", "--symbol", "AAPL");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains("Broken.java:3: incompatible types").contains("Broken.java:4: cannot find symbol")
                .doesNotContain("\tat ");
        assertThat(result.out()).doesNotContain("Backtest 1");
    }

    @Test
    void aRulesStrategyWithoutJavaIsWrittenBacktestedAndOptimisedAndTradesAsSmaCross() throws Exception {
        JarRun.Result created = JarRun.run(home, Map.of(), "strategy", "new", "my-rule", "--rules");
        assertThat(created.exitCode()).as(created.all()).isZero();
        Path file = home.resolve(".artificer/algo_trader/strategies/my-rule.rules");
        assertThat(created.out()).contains("wrote " + file);

        JarRun.Result mine = JarRun.run(home, Map.of(), "backtest", "--strategy", "my-rule", "--symbol", "AAPL",
                "fast=5", "slow=20");
        JarRun.Result inline = JarRun.run(home, Map.of(), "backtest", "--strategy", "rules", "--symbol", "AAPL",
                "entry=crosses_above(sma(close, 5), sma(close, 20))", "exit=crosses_below(sma(close, 5), sma(close, 20))");
        JarRun.Result builtin = JarRun.run(home, Map.of(), "backtest", "--strategy", "sma-cross", "--symbol", "AAPL",
                "fast=5", "slow=20");

        assertThat(mine.exitCode()).as(mine.all()).isZero();
        assertThat(inline.exitCode()).as(inline.all()).isZero();
        assertThat(mine.out()).containsPattern("code my-rule\\.rules@[0-9a-f]{12}");
        for (String name : new String[] {"Total return", "Trades", "Fees paid", "Final equity"}) {
            assertThat(metric(mine, name)).as(name).isEqualTo(metric(builtin, name));
            assertThat(metric(inline, name)).as(name).isEqualTo(metric(builtin, name));
        }

        JarRun.Result searched = JarRun.run(home, Map.of(), "optimize", "--strategy", "my-rule", "--symbol", "AAPL",
                "fast=5,10", "slow=20,30");
        assertThat(searched.exitCode()).as(searched.all()).isZero();
        assertThat(searched.out()).contains("fast=5 slow=20").contains("fast=10 slow=30");

        JarRun.Result walked = JarRun.run(home, Map.of(), "walkforward", "--strategy", "my-rule", "--symbol", "AAPL",
                "fast=5,10", "slow=20,30", "--in-sample", "1500", "--out-of-sample", "1500");
        assertThat(walked.exitCode()).as(walked.all()).isZero();
        assertThat(walked.out()).contains("Walking forward over 3 windows of 1500 + 1500 bars, 4 combinations each");

        JarRun.Result inlineSearch = JarRun.run(home, Map.of(), "optimize", "--strategy", "rules", "--symbol", "AAPL",
                "entry=crosses_above(sma(close, 5), sma(close, 20))", "exit=crosses_below(sma(close, 5), sma(close, 20))",
                "quantity=10,20");
        assertThat(inlineSearch.exitCode()).as(inlineSearch.all()).isZero();
        assertThat(inlineSearch.out()).contains("2 combinations").doesNotContain("skipped");
    }

    @Test
    void aMistakeInARuleIsOneLineWithTheColumnAndExitTwo() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "backtest", "--strategy", "rules", "--symbol", "AAPL",
                "entry=crosses_above(sma(close, 5), smaa(close, 20))");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith("backtest: rules: entry: column 30: unknown function 'smaa'")
                .doesNotContain("\n").doesNotContain("\tat ");
    }
}
