package dev.artificer.infrastructure.influxdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RangeQueryTest {

    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    private static final Instant STOP = Instant.parse("2026-01-06T00:00:00Z");

    @Test
    void plainQueryHasNoTagOrFieldFilter() {
        RangeQuery query = RangeQuery.of("cpu", START, STOP);

        assertThat(query.tags()).isEmpty();
        assertThat(query.fields()).isEmpty();
    }

    @Test
    void narrowingReturnsANewQueryAndLeavesTheOriginal() {
        RangeQuery all = RangeQuery.of("cpu", START, STOP);

        RangeQuery narrowed = all.withTag("host", "a").withFields("usage", "idle");

        assertThat(narrowed.tags()).isEqualTo(Map.of("host", "a"));
        assertThat(narrowed.fields()).containsExactly("idle", "usage");
        assertThat(all.tags()).isEmpty();
        assertThat(all.fields()).isEmpty();
    }

    @Test
    void startMustBeBeforeStop() {
        assertThatThrownBy(() -> RangeQuery.of("cpu", STOP, START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start before stop");
        assertThatThrownBy(() -> RangeQuery.of("cpu", START, START))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void measurementIsRequired() {
        assertThatThrownBy(() -> RangeQuery.of("", START, STOP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("measurement");
    }

    @Test
    void tagFilterNeedsNameAndValue() {
        assertThatThrownBy(() -> RangeQuery.of("cpu", START, STOP).withTag("host", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tag filter");
    }

    @Test
    void fieldNamesMustNotBeEmpty() {
        assertThatThrownBy(() -> RangeQuery.of("cpu", START, STOP).withFields(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("field name");
    }
}
