package dev.artificer.infrastructure.influxdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataPointTest {

    private static final Instant AT = Instant.parse("2026-01-05T14:30:00Z");

    private static DataPoint.Builder sensor() {
        return DataPoint.builder("sensor").time(AT);
    }

    @Test
    void builderKeepsMeasurementTagsFieldsAndTime() {
        DataPoint point = sensor().tag("room", "lab").field("celsius", 21.5).field("count", 3L)
                .field("on", true).field("label", "ok").build();

        assertThat(point.measurement()).isEqualTo("sensor");
        assertThat(point.tags()).containsExactly(Map.entry("room", "lab"));
        assertThat(point.fields()).containsExactly(Map.entry("celsius", 21.5), Map.entry("count", 3L),
                Map.entry("label", "ok"), Map.entry("on", true));
        assertThat(point.time()).isEqualTo(AT);
    }

    @Test
    void narrowNumbersAreWidenedToLongAndDouble() {
        DataPoint point = new DataPoint("sensor", Map.of(),
                Map.of("i", 7, "s", (short) 8, "b", (byte) 9, "f", 1.5f), AT);

        assertThat(point.fields()).containsEntry("i", 7L).containsEntry("s", 8L).containsEntry("b", 9L)
                .containsEntry("f", 1.5);
    }

    @Test
    void mapsAreCopiedSoLaterChangesDoNotLeakIn() {
        Map<String, Object> fields = new HashMap<>(Map.of("v", 1L));
        DataPoint point = new DataPoint("sensor", Map.of(), fields, AT);

        fields.put("w", 2L);

        assertThat(point.fields()).containsOnlyKeys("v");
    }

    @Test
    void pointsWithTheSameContentAreEqual() {
        assertThat(sensor().tag("a", "1").field("v", 1L).build())
                .isEqualTo(new DataPoint("sensor", Map.of("a", "1"), Map.of("v", 1L), AT));
    }

    @Test
    void measurementIsRequired() {
        assertThatThrownBy(() -> DataPoint.builder(" ").field("v", 1L).time(AT).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("measurement");
    }

    @Test
    void atLeastOneFieldIsRequired() {
        assertThatThrownBy(() -> sensor().tag("room", "lab").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no fields");
    }

    @Test
    void timeIsRequired() {
        assertThatThrownBy(() -> DataPoint.builder("sensor").field("v", 1L).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no time");
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void nonFiniteNumbersAreRefused(double value) {
        assertThatThrownBy(() -> sensor().field("v", value).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a finite number");
    }

    @Test
    void unsupportedFieldTypesAreRefusedWithTheTypeNamed() {
        assertThatThrownBy(() -> new DataPoint("sensor", Map.of(), Map.of("v", BigDecimal.ONE), AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.math.BigDecimal");
    }

    @Test
    void nullFieldValueIsRefused() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("v", null);

        assertThatThrownBy(() -> new DataPoint("sensor", Map.of(), fields, AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'v'");
    }

    @Test
    void emptyTagValueIsRefused() {
        assertThatThrownBy(() -> sensor().tag("room", "").field("v", 1L).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tag 'room'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"_field", "_measurement", "time", "result", "table"})
    void reservedTagNamesAreRefused(String name) {
        assertThatThrownBy(() -> sensor().tag(name, "x").field("v", 1L).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + name + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"_value", "time"})
    void reservedFieldNamesAreRefused(String name) {
        assertThatThrownBy(() -> sensor().field(name, 1L).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + name + "'");
    }
}
