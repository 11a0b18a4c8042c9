package dev.artificer.component.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FundamentalsTest {

    private static Fundamentals snapshot(Instant asOf, Double pe) {
        return new Fundamentals(Symbol.of("AAPL"), asOf, pe, 2.1, 40.0, 6.1, 0.5, 0.96, 3.4e12, 1.5e10, 1.2, 237.0,
                164.0, 46.0, 24.0, 31.0, 150.0, 28.0);
    }

    @Test
    void sameFiguresAtAnotherTimeAreUnchanged() {
        assertThat(snapshot(Instant.parse("2026-11-20T00:00:00Z"), 30.5)
                .sameFiguresAs(snapshot(Instant.parse("2026-11-21T00:00:00Z"), 30.5))).isTrue();
    }

    @Test
    void oneChangedFigureIsAChange() {
        assertThat(snapshot(Instant.EPOCH, 30.5).sameFiguresAs(snapshot(Instant.EPOCH, 30.6))).isFalse();
    }

    @Test
    void unknownFigureDiffersFromAKnownOne() {
        assertThat(snapshot(Instant.EPOCH, null).sameFiguresAs(snapshot(Instant.EPOCH, 30.5))).isFalse();
    }

    @Test
    void snapshotNeedsItsTime() {
        assertThatThrownBy(() -> snapshot(null, 1.0)).isInstanceOf(NullPointerException.class).hasMessage("asOf");
    }
}
