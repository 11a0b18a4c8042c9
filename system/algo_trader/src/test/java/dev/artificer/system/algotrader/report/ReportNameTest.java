package dev.artificer.system.algotrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportNameTest {

    private static final Instant WRITTEN = Instant.parse("2026-12-03T13:45:01Z");

    @Test
    void nameHoldsKindTimeStrategyAndAShortHash() {
        assertThat(ReportName.of("backtest", "sma-cross", "jdbc:h2:file:/x", 1, WRITTEN))
                .matches("backtest-20261203-134501-sma-cross-[0-9a-f]{8}\\.html");
    }

    @Test
    void theSameRunIdInAnotherDatabaseGetsAnotherName() {
        assertThat(ReportName.of("backtest", "sma-cross", "jdbc:h2:file:/x", 1, WRITTEN))
                .isNotEqualTo(ReportName.of("backtest", "sma-cross", "jdbc:mysql://127.0.0.1/artificer", 1, WRITTEN));
    }

    @Test
    void strategyNamesAreMadeSafeForFileNames() {
        assertThat(ReportName.of("backtest", "My Rules/v2", "db", 1, WRITTEN)).contains("-my-rules-v2-");
    }
}
