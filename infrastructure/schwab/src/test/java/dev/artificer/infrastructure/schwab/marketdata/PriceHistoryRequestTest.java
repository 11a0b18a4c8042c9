package dev.artificer.infrastructure.schwab.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.infrastructure.schwab.error.InvalidRequestException;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PriceHistoryRequestTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Instant START = Instant.parse("2024-03-01T14:30:00Z");
    private static final Instant END = Instant.parse("2024-03-08T21:00:00Z");

    static Stream<Arguments> documentedCombinations() {
        return Arrays.stream(PeriodType.values()).flatMap(periodType -> periodType.periods().stream()
                .flatMap(period -> periodType.frequencyTypes().stream()
                        .flatMap(unit -> unit.frequencies().stream()
                                .map(frequency -> Arguments.of(periodType, period, unit, frequency)))));
    }

    static Stream<Arguments> undocumentedPeriods() {
        return Arrays.stream(PeriodType.values()).flatMap(periodType -> IntStream.rangeClosed(-1, 25)
                .filter(period -> !periodType.periods().contains(period))
                .mapToObj(period -> Arguments.of(periodType, period)));
    }

    static Stream<Arguments> candleUnitsNotAllowedForPeriodType() {
        return Arrays.stream(PeriodType.values()).flatMap(periodType -> Arrays.stream(FrequencyType.values())
                .filter(unit -> !periodType.frequencyTypes().contains(unit))
                .map(unit -> Arguments.of(periodType, unit)));
    }

    static Stream<Arguments> undocumentedFrequencies() {
        return Arrays.stream(FrequencyType.values()).flatMap(unit -> IntStream.rangeClosed(-1, 60)
                .filter(frequency -> !unit.frequencies().contains(frequency))
                .mapToObj(frequency -> Arguments.of(unit, frequency)));
    }

    @ParameterizedTest(name = "periodType={0} period={1} frequencyType={2} frequency={3}")
    @MethodSource("documentedCombinations")
    void acceptsEveryDocumentedCombination(PeriodType periodType, int period, FrequencyType unit, int frequency) {
        PriceHistoryRequest request = PriceHistoryRequest.builder(AAPL)
                .period(periodType, period)
                .frequency(unit, frequency)
                .build();

        assertThat(request.queryParameters())
                .containsEntry("periodType", periodType.wireName())
                .containsEntry("period", String.valueOf(period))
                .containsEntry("frequencyType", unit.wireName())
                .containsEntry("frequency", String.valueOf(frequency));
    }

    @Test
    void documentsSixtyOneCombinations() {
        assertThat(documentedCombinations()).hasSize(30 + 8 + 21 + 2);
    }

    @ParameterizedTest(name = "periodType={0} period={1}")
    @MethodSource("undocumentedPeriods")
    void rejectsAnUndocumentedPeriodNamingTheAllowedOnes(PeriodType periodType, int period) {
        assertThatThrownBy(() -> PriceHistoryRequest.builder(AAPL).period(periodType, period).build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("period " + period + " is not allowed for periodType " + periodType.wireName())
                .hasMessageContaining("use one of " + periodType.periodList());
    }

    @ParameterizedTest(name = "periodType={0} frequencyType={1}")
    @MethodSource("candleUnitsNotAllowedForPeriodType")
    void rejectsACandleUnitThePeriodTypeDoesNotAllow(PeriodType periodType, FrequencyType unit) {
        assertThatThrownBy(() -> PriceHistoryRequest.builder(AAPL).periodType(periodType).frequency(unit, 1).build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("frequencyType " + unit.wireName() + " is not allowed for periodType "
                        + periodType.wireName())
                .hasMessageContaining("use one of " + periodType.frequencyTypeList());
    }

    @ParameterizedTest(name = "frequencyType={0} frequency={1}")
    @MethodSource("undocumentedFrequencies")
    void rejectsAnUndocumentedFrequencyNamingTheAllowedOnes(FrequencyType unit, int frequency) {
        PeriodType periodType = unit == FrequencyType.MINUTE ? PeriodType.DAY : PeriodType.YEAR;

        assertThatThrownBy(() -> PriceHistoryRequest.builder(AAPL).periodType(periodType).frequency(unit, frequency)
                .build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("frequency " + frequency + " is not allowed for frequencyType " + unit.wireName())
                .hasMessageContaining("use one of " + unit.frequencyList());
    }

    @Test
    void rejectsAStartThatIsNotBeforeTheEnd() {
        assertThatThrownBy(() -> PriceHistoryRequest.builder(AAPL).between(END, START).build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("startDate " + END + " must be before endDate " + START);
    }

    @Test
    void rejectsAMissingSymbol() {
        assertThatThrownBy(() -> PriceHistoryRequest.builder(null).build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("symbol is required");
    }

    @Test
    void rejectsAMissingPeriodTypeNamingTheAllowedOnes() {
        assertThatThrownBy(() -> PriceHistoryRequest.builder(AAPL).periodType(null).build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("periodType is required: use one of day, month, year, ytd");
    }

    @ParameterizedTest
    @EnumSource(PeriodType.class)
    void defaultsTheCandleUnitToThePeriodTypesDefault(PeriodType periodType) {
        PriceHistoryRequest request = PriceHistoryRequest.builder(AAPL).periodType(periodType).build();

        assertThat(request.frequencyType()).isEqualTo(periodType.defaultFrequencyType());
        assertThat(request.frequency()).isEqualTo(1);
    }

    @Test
    void sendsDatesAsEpochMillisAndTheExtendedHoursFlag() {
        PriceHistoryRequest request = PriceHistoryRequest.builder(AAPL)
                .period(PeriodType.DAY, 1)
                .frequency(FrequencyType.MINUTE, 5)
                .between(START, END)
                .extendedHours(true)
                .build();

        assertThat(request.queryParameters()).containsExactly(
                java.util.Map.entry("symbol", "AAPL"),
                java.util.Map.entry("periodType", "day"),
                java.util.Map.entry("period", "1"),
                java.util.Map.entry("frequencyType", "minute"),
                java.util.Map.entry("frequency", "5"),
                java.util.Map.entry("startDate", String.valueOf(START.toEpochMilli())),
                java.util.Map.entry("endDate", String.valueOf(END.toEpochMilli())),
                java.util.Map.entry("needExtendedHoursData", "true"),
                java.util.Map.entry("needPreviousClose", "false"));
    }

    @Test
    void leavesPeriodAndDatesToSchwabWhenNotSet() {
        PriceHistoryRequest request = PriceHistoryRequest.builder(AAPL).periodType(PeriodType.YTD).build();

        assertThat(request.queryParameters()).doesNotContainKeys("period", "startDate", "endDate");
    }

    @ParameterizedTest
    @EnumSource(Timeframe.class)
    void buildsARequestForEveryTimeframeThatReturnsBarsOfThatTimeframe(Timeframe timeframe) {
        PriceHistoryRequest request = PriceHistoryRequest.forTimeframe(AAPL, timeframe, START, END);

        assertThat(request.timeframe()).isEqualTo(timeframe);
        assertThat(request.periodType()).isEqualTo(timeframe.intraday() ? PeriodType.DAY : PeriodType.YEAR);
        assertThat(request.startDate()).isEqualTo(START);
        assertThat(request.endDate()).isEqualTo(END);
    }
}
