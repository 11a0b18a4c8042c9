package dev.artificer.system.algotrader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void noCommandRunsTheService() {
        assertThat(Launcher.runsTheService()).isTrue();
        assertThat(Launcher.runsTheService("--debug")).isTrue();
    }

    @Test
    void runCommandRunsTheService() {
        assertThat(Launcher.runsTheService("run")).isTrue();
    }

    @Test
    void oneShotCommandsStartNoWebServer() {
        assertThat(Launcher.runsTheService("status")).isFalse();
        assertThat(Launcher.runsTheService("--debug", "backfill")).isFalse();
    }

    @Test
    void helpAndVersionStartNoWebServer() {
        assertThat(Launcher.runsTheService("--help")).isFalse();
        assertThat(Launcher.runsTheService("-V")).isFalse();
        assertThat(Launcher.runsTheService("run", "--help")).isFalse();
    }
}
