package dev.artificer.system.algotrader.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MarketHoursTest {

    private final MarketHours hours = new MarketHours(Duration.ofMinutes(30));

    @Test
    void openOnAWeekdayAfterTheOpeningBell() {
        assertThat(hours.isOpen(Instant.parse("2026-11-20T14:30:00Z"))).isTrue();
    }

    @Test
    void closedBeforeTheOpeningBell() {
        assertThat(hours.isOpen(Instant.parse("2026-11-20T14:29:00Z"))).isFalse();
    }

    @Test
    void stillOpenWithinTheGraceAfterTheClose() {
        assertThat(hours.isOpen(Instant.parse("2026-11-20T21:25:00Z"))).isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-11-20T21:31:00Z"))).isFalse();
    }

    @Test
    void closedAtTheWeekend() {
        assertThat(hours.isOpen(Instant.parse("2026-11-21T15:00:00Z"))).isFalse();
    }

    @Test
    void followsNewYorkDaylightSavingTime() {
        assertThat(hours.isOpen(Instant.parse("2026-07-20T13:30:00Z"))).isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-12-21T13:30:00Z"))).isFalse();
    }
}
