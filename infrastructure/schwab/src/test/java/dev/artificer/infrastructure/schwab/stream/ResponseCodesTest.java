package dev.artificer.infrastructure.schwab.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.infrastructure.schwab.error.StreamerBadCommandException;
import dev.artificer.infrastructure.schwab.error.StreamerCommandFailedException;
import dev.artificer.infrastructure.schwab.error.StreamerConnectionNotFoundException;
import dev.artificer.infrastructure.schwab.error.StreamerConnectionTakenOverException;
import dev.artificer.infrastructure.schwab.error.StreamerException;
import dev.artificer.infrastructure.schwab.error.StreamerLoginDeniedException;
import dev.artificer.infrastructure.schwab.error.StreamerServiceUnavailableException;
import dev.artificer.infrastructure.schwab.error.StreamerSymbolLimitException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Streamer Guide's response codes and the exception each failure maps to. */
class ResponseCodesTest {

    @ParameterizedTest(name = "code {0} -> {1}")
    @CsvSource({
        "3, StreamerLoginDeniedException",
        "11, StreamerServiceUnavailableException",
        "12, StreamerConnectionTakenOverException",
        "19, StreamerSymbolLimitException",
        "20, StreamerConnectionNotFoundException",
        "21, StreamerBadCommandException",
        "22, StreamerCommandFailedException",
        "23, StreamerCommandFailedException",
        "24, StreamerCommandFailedException",
        "25, StreamerCommandFailedException",
    })
    void eachFailureCodeHasItsException(int code, String type) {
        StreamerException exception = ResponseCodes.exception(response(code));

        assertThat(exception.getClass().getSimpleName()).isEqualTo(type);
        assertThat(exception.code()).isEqualTo(code);
        assertThat(exception.getMessage()).startsWith("streamer code " + code + " to LEVELONE_EQUITIES ADD: why")
                .doesNotContain("\n");
    }

    @ParameterizedTest(name = "code {0}")
    @ValueSource(ints = {0, 26, 27, 28, 29})
    void successCodesAreNoFailure(int code) {
        assertThat(ResponseCodes.success(code)).isTrue();
        assertThat(ResponseCodes.exception(response(code))).isNull();
    }

    @ParameterizedTest(name = "code {0}")
    @ValueSource(ints = {3, 11, 12, 19, 20, 21, 22, 25, 30})
    void otherCodesAreNoSuccess(int code) {
        assertThat(ResponseCodes.success(code)).isFalse();
    }

    @ParameterizedTest(name = "code {0} to {1} {2} -> {3}")
    @CsvSource({
        "0, ADMIN, LOGIN, LOGGED_IN",
        "0, LEVELONE_EQUITIES, SUBS, ACKNOWLEDGED",
        "26, LEVELONE_EQUITIES, SUBS, ACKNOWLEDGED",
        "3, ADMIN, LOGIN, RELOGIN",
        "12, ADMIN, '', STOP",
        "20, LEVELONE_EQUITIES, ADD, RECONNECT",
        "11, ADMIN, LOGIN, RECONNECT",
        "11, CHART_EQUITY, SUBS, REPORT",
        "19, LEVELONE_EQUITIES, ADD, REPORT",
        "21, LEVELONE_EQUITIES, SUBS, REPORT",
        "24, LEVELONE_EQUITIES, ADD, REPORT",
        "30, ADMIN, '', NOTE",
        "99, ADMIN, '', UNKNOWN",
    })
    void eachCodeHasItsReaction(int code, String service, String command, ResponseCodes.Reaction reaction) {
        assertThat(ResponseCodes.reaction(new StreamerResponse(service, command, "1", code, "")))
                .isEqualTo(reaction);
    }

    @Test
    void code30StopStreamingHasNoException() {
        assertThat(ResponseCodes.exception(response(30))).isNull();
    }

    @Test
    void code12SaysAnotherConnectionTookOverAndThatTheStreamStops() {
        assertThat(ResponseCodes.exception(response(12)))
                .isInstanceOf(StreamerConnectionTakenOverException.class)
                .hasMessageContaining("another connection of this Schwab user took over")
                .hasMessageContaining("does not reconnect");
    }

    @Test
    void aNoticeWithoutServiceOrMessageIsDescribedByItsCode() {
        assertThat(ResponseCodes.describe(new StreamerResponse("", "", "", 30, ""))).isEqualTo("streamer code 30");
    }

    @Test
    void everyTypeNamedInTheTableIsAStreamerException() {
        assertThat(new Class<?>[] {StreamerLoginDeniedException.class, StreamerServiceUnavailableException.class,
            StreamerConnectionTakenOverException.class, StreamerSymbolLimitException.class,
            StreamerConnectionNotFoundException.class, StreamerBadCommandException.class,
            StreamerCommandFailedException.class})
                .allSatisfy(type -> assertThat(StreamerException.class).isAssignableFrom(type));
    }

    private static StreamerResponse response(int code) {
        return new StreamerResponse("LEVELONE_EQUITIES", "ADD", "4", code, "why\nsecond line");
    }
}
