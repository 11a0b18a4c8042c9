package dev.artificer.infrastructure.influxdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FluxScriptTest {

    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    private static final Instant STOP = Instant.parse("2026-01-05T00:00:00.000000001Z").plusSeconds(60);

    @Test
    void rangeReadsTheMeasurementFromStartToStop() {
        assertThat(FluxScript.range("raw", RangeQuery.of("cpu", START, STOP))).isEqualTo("""
                from(bucket: "raw")
                  |> range(start: 2026-01-05T00:00:00Z, stop: 2026-01-05T00:01:00.000000001Z)
                  |> filter(fn: (r) => r._measurement == "cpu")
                """);
    }

    @Test
    void eachTagFilterIsItsOwnFilterAndFieldsAreAlternatives() {
        RangeQuery query = RangeQuery.of("cpu", START, STOP).withTag("host", "a").withTag("dc", "x")
                .withFields("usage", "idle");

        assertThat(FluxScript.range("raw", query)).endsWith("""
                  |> filter(fn: (r) => r["dc"] == "x")
                  |> filter(fn: (r) => r["host"] == "a")
                  |> filter(fn: (r) => r._field == "idle" or r._field == "usage")
                """);
    }

    @Test
    void callerTextCannotBreakOutOfItsStringLiteral() {
        RangeQuery query = RangeQuery.of("cpu\") |> drop(columns: [\"x", START, STOP);

        assertThat(FluxScript.range("raw", query))
                .contains("r._measurement == \"cpu\\\") |> drop(columns: [\\\"x\")");
    }

    @Test
    void literalEscapesBackslashesQuotesLineBreaksAndInterpolation() {
        assertThat(FluxScript.literal("a\\b\"c\nd\re\tf ${g} $h"))
                .isEqualTo("\"a\\\\b\\\"c\\nd\\re\\tf \\${g} $h\"");
    }
}
