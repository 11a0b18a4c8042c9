package dev.artificer.system.algotrader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.system.algotrader.cli.CommandLineInterface;
import dev.artificer.system.algotrader.cli.CommandLineInterface.Need;
import org.junit.jupiter.api.Test;

class LauncherTest {

    private static Need needs(String... args) {
        return new CommandLineInterface(args).needs();
    }

    @Test
    void noCommandRunsTheService() {
        assertThat(needs()).isEqualTo(Need.SERVICE);
        assertThat(needs("--debug")).isEqualTo(Need.SERVICE);
    }

    @Test
    void runCommandRunsTheService() {
        assertThat(needs("run")).isEqualTo(Need.SERVICE);
    }

    @Test
    void oneShotCommandsStartTheApplicationWithoutWebServer() {
        assertThat(needs("status")).isEqualTo(Need.APPLICATION);
        assertThat(needs("--debug", "backfill")).isEqualTo(Need.APPLICATION);
        assertThat(needs("watchlist", "list")).isEqualTo(Need.APPLICATION);
    }

    @Test
    void helpAndVersionNeedNoApplication() {
        assertThat(needs("--help")).isEqualTo(Need.NOTHING);
        assertThat(needs("-V")).isEqualTo(Need.NOTHING);
        assertThat(needs("run", "--help")).isEqualTo(Need.NOTHING);
        assertThat(needs("backtests", "show", "--help")).isEqualTo(Need.NOTHING);
        assertThat(needs("help", "backtest")).isEqualTo(Need.NOTHING);
        assertThat(needs("version")).isEqualTo(Need.NOTHING);
    }

    @Test
    void usageErrorsNeedNoApplication() {
        assertThat(needs("sell-everything")).isEqualTo(Need.NOTHING);
        assertThat(needs("status", "--verbose")).isEqualTo(Need.NOTHING);
        assertThat(needs("backtest", "--strategy", "sma-cross")).isEqualTo(Need.NOTHING);
        assertThat(needs("watchlist")).isEqualTo(Need.NOTHING);
    }
}
