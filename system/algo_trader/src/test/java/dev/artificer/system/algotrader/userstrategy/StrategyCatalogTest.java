package dev.artificer.system.algotrader.userstrategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.strategies.BuiltinStrategies;
import dev.artificer.component.strategy.StrategyRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrategyCatalogTest {

    private static final Symbol XYZ = Symbol.of("XYZ");
    private static final Instant DAY0 = Instant.parse("2024-01-02T05:00:00Z");
    private static final BacktestEngine ENGINE = new BacktestEngine(BacktestSettings.withoutCosts(1_000_000));

    @TempDir
    Path folder;

    private StrategyCatalog catalog() {
        return new StrategyCatalog(BuiltinStrategies.definitions(), new StrategyFolder(folder),
                StrategyCatalogTest.class.getClassLoader());
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(folder.resolve(file), text);
    }

    private static List<Bar> wave(int count) {
        List<Bar> bars = new ArrayList<>();
        double close = 100;
        for (int index = 0; index < count; index++) {
            double open = close;
            close = close + 2 * Math.sin(index / 6.0) + 0.05;
            bars.add(new Bar(XYZ, Timeframe.DAILY, DAY0.plus(Duration.ofDays(index)), open, Math.max(open, close) + 0.5,
                    Math.min(open, close) - 0.5, close, 1_000));
        }
        return bars;
    }

    /** A strategy file of the given class whose onBar runs {@code body}. */
    private static String strategy(String className, String name, String body) {
        return """
                import dev.artificer.component.market.Bar;
                import dev.artificer.component.strategy.*;
                import java.util.List;

                public final class %s implements Strategy {
                    public static StrategyDefinition definition() {
                        return new StrategyDefinition("%s", "a test strategy", List.of(), List.of(), values -> new %s());
                    }
                    private int seen;
                    public String name() { return "%s"; }
                    public void onBar(Bar bar, StrategyContext context) {
                        seen++;
                        %s
                    }
                }
                """.formatted(className, name, className, name, body);
    }

    @Test
    void theStarterFileTradesExactlyLikeTheBuiltInItStartsFrom() throws IOException {
        write("MyIdea.java", StrategyTemplate.source("my-idea", "sma-cross"));
        StrategyRegistry registry = catalog().registry();
        List<Bar> bars = wave(400);

        BacktestResult mine = ENGINE.run(registry.create("my-idea", "fast=5 slow=20 quantity=10"), bars);
        BacktestResult builtin = ENGINE.run(BuiltinStrategies.registry().create("sma-cross", "fast=5 slow=20 quantity=10"),
                bars);

        assertThat(builtin.fills()).hasSizeGreaterThan(4);
        assertThat(mine.fills()).isEqualTo(builtin.fills());
    }

    @Test
    void userStrategiesAreListedAfterTheBuiltInsWithTheirSource() throws IOException {
        write("MyIdea.java", StrategyTemplate.source("my-idea", "sma-cross"));
        StrategyCatalog catalog = catalog();

        assertThat(catalog.registry().names()).startsWith("sma-cross").endsWith("my-idea");
        assertThat(catalog.source("my-idea")).hasValueSatisfying(source -> assertThat(source.label())
                .matches("MyIdea\\.java@[0-9a-f]{12}"));
        assertThat(catalog.version("sma-cross")).isEqualTo("built-in");
    }

    @Test
    void everyCompileErrorIsReportedAsFileLineMessage() throws IOException {
        write("Broken.java", strategy("Broken", "broken", "int x = \"text\";\n                        undefinedCall();"));

        assertThatThrownBy(() -> catalog().registry())
                .isInstanceOfSatisfying(StrategyCompileException.class, failure -> assertThat(failure.errors())
                        .hasSize(2)
                        .satisfiesExactly(
                                first -> assertThat(first).matches(".*Broken\\.java:13: incompatible types.*"),
                                second -> assertThat(second).matches(".*Broken\\.java:14: cannot find symbol.*")));
    }

    @Test
    void aRulesFileIsAStrategyNamedAfterTheFileThatTradesAsTheSameJavaBuiltIn() throws IOException {
        write("cross.rules", """
                param fast = 10 (2..200)
                param slow = 30 (3..500)
                entry: crosses_above(sma(close, fast), sma(close, slow))
                exit: crosses_below(sma(close, fast), sma(close, slow))
                """);
        StrategyCatalog catalog = catalog();
        List<Bar> bars = wave(400);

        BacktestResult rules = ENGINE.run(catalog.registry().create("cross", "fast=5 slow=20 quantity=10"), bars);
        BacktestResult builtin = ENGINE.run(BuiltinStrategies.registry().create("sma-cross", "fast=5 slow=20 quantity=10"),
                bars);

        assertThat(builtin.fills()).hasSizeGreaterThan(4);
        assertThat(rules.fills()).isEqualTo(builtin.fills());
        assertThat(catalog.version("cross")).matches("cross\\.rules@[0-9a-f]{12}");
    }

    @Test
    void javaAndRulesErrorsAreReportedTogetherEachWithItsFileAndLine() throws IOException {
        write("Broken.java", strategy("Broken", "broken", "undefinedCall();"));
        write("bad.rules", "entry: close > 1\nexit: clse < 1\n");

        assertThatThrownBy(() -> catalog().registry())
                .isInstanceOfSatisfying(StrategyCompileException.class, failure -> assertThat(failure.errors())
                        .satisfiesExactly(
                                first -> assertThat(first).matches(".*Broken\\.java:13: cannot find symbol.*"),
                                second -> assertThat(second).isEqualTo(folder.resolve("bad.rules")
                                        + ":2: exit: column 1: unknown name 'clse'; a name is open, high, low, close, "
                                        + "volume or a call such as sma(close, 20)")));
    }

    @Test
    void aStrategyCompilesAgainstTheStrategyApiOnly() throws IOException {
        write("Sneaky.java", "import dev.artificer.system.algotrader.config.Setting;\n"
                + strategy("Sneaky", "sneaky", "System.out.println(Setting.MODE);"));

        assertThatThrownBy(() -> catalog().registry())
                .isInstanceOfSatisfying(StrategyCompileException.class, failure -> assertThat(failure.errors())
                        .anyMatch(line -> line.matches(".*Sneaky\\.java:1: package dev\\.artificer\\.system\\.algotrader"
                                + "\\.config does not exist.*")));
    }

    @Test
    void aStrategyThrowingAtBarNFailsTheRunNamingTheBarAndItsOwnFrame() throws IOException {
        write("Thrower.java", strategy("Thrower", "thrower",
                "if (seen == 5) { throw new IllegalStateException(\"boom\"); }"));
        List<Bar> bars = wave(10);

        assertThatThrownBy(() -> ENGINE.run(catalog().registry().create("thrower", ""), bars))
                .isInstanceOf(StrategyFailedException.class)
                .hasMessageContaining("strategy thrower failed on XYZ daily bar " + bars.get(4).start())
                .hasMessageContaining("IllegalStateException: boom")
                .hasMessageContaining("(at Thrower.onBar(Thrower.java:13))");
    }

    @Test
    void aFolderOthersMayWriteToIsRefused() throws IOException {
        write("MyIdea.java", StrategyTemplate.source("my-idea", "sma-cross"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThatThrownBy(() -> catalog().registry()).isInstanceOf(StrategyFolderException.class)
                .hasMessage("refusing " + folder + ": others may write to it (fix with: chmod go-w " + folder
                        + "); a strategy is code run with your rights");
    }

    @Test
    void aStrategyFileOthersMayWriteToIsRefused() throws IOException {
        write("MyIdea.java", StrategyTemplate.source("my-idea", "sma-cross"));
        Files.setPosixFilePermissions(folder.resolve("MyIdea.java"), PosixFilePermissions.fromString("rw-rw-r--"));

        assertThatThrownBy(() -> catalog().registry()).isInstanceOf(StrategyFolderException.class)
                .hasMessageContaining("refusing " + folder.resolve("MyIdea.java") + ": others may write to it");
    }

    @Test
    void anEditedFileIsCompiledAgainAndAnUnchangedOneIsNot() throws IOException {
        write("Edited.java", strategy("Edited", "edited", ""));
        StrategyCatalog catalog = catalog();
        StrategyRegistry first = catalog.registry();
        String before = catalog.version("edited");

        assertThat(catalog.registry()).isSameAs(first);
        write("Edited.java", strategy("Edited", "edited", "context.buy(bar.symbol(), 1);"));

        assertThat(catalog.registry()).isNotSameAs(first);
        assertThat(catalog.version("edited")).isNotEqualTo(before);
    }

    @Test
    void theServiceKeepsTheLastStrategiesThatLoadedWhileAFileIsBroken() throws IOException {
        write("Edited.java", strategy("Edited", "edited", ""));
        StrategyCatalog catalog = catalog();
        String good = catalog.version("edited");
        write("Edited.java", strategy("Edited", "edited", "not java;"));

        assertThat(catalog.registryOrLastGood().names()).contains("edited");
        assertThat(catalog.version("edited")).isEqualTo(good);
    }

    @Test
    void aNameTakenByABuiltInIsRefused() throws IOException {
        write("Clash.java", strategy("Clash", "sma-cross", ""));

        assertThatThrownBy(() -> catalog().registry()).isInstanceOf(StrategyFolderException.class)
                .hasMessage("Clash.java: the name 'sma-cross' is taken by a built-in strategy; choose another in "
                        + "definition()");
    }

    @Test
    void aClassWithoutADefinitionIsNotAStrategy() throws IOException {
        write("Plain.java", "public class Plain { }");

        assertThatThrownBy(() -> catalog().registry()).isInstanceOf(StrategyFolderException.class)
                .hasMessage("Plain.java: not a strategy: Plain does not implement Strategy (see `strategy new`)");
    }

    @Test
    void creatingTheFolderMakesItAndTheMissingDataDirectoryAboveItOwnerOnly() throws IOException {
        Path dataDir = folder.resolve("new-data-dir");

        new StrategyFolder(dataDir.resolve("strategies")).create();

        for (Path made : List.of(dataDir, dataDir.resolve("strategies"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).as("%s", made)
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void noFolderMeansTheBuiltInsOnly() {
        StrategyCatalog catalog = new StrategyCatalog(BuiltinStrategies.definitions(),
                new StrategyFolder(folder.resolve("absent")), getClass().getClassLoader());

        assertThat(catalog.registry().names()).isEqualTo(BuiltinStrategies.registry().names());
    }
}
