package dev.artificer.infrastructure.influxdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.influxdb.exceptions.InfluxException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class InfluxErrorsTest {

    private static final String TOKEN = "tok-51c0-secret";

    private final InfluxErrors errors = new InfluxErrors("http://influx:8086", TOKEN);

    @Test
    void messageNamesServerOperationAndReason() {
        InfluxAccessException failure = errors.translate("write of 2 points", new InfluxException("disk full"));

        assertThat(failure).hasMessage("influxdb http://influx:8086: write of 2 points failed: disk full");
    }

    @Test
    void tokenInTheReasonIsMaskedAndTheRevealingCauseLeftOut() {
        InfluxException revealing = new InfluxException("bad header Authorization: Token " + TOKEN);

        InfluxAccessException failure = errors.translate("query", revealing);

        assertThat(failure.getMessage()).doesNotContain(TOKEN).contains("Token ****");
        assertThat(failure.getCause()).isNull();
    }

    @Test
    void tokenDeepInTheCauseChainAlsoLeavesTheCauseOut() {
        InfluxException wrapper = new InfluxException(new IOException("sent " + TOKEN));

        InfluxAccessException failure = errors.translate("query", wrapper);

        assertThat(BlockingWriteIT.throwableChainText(failure)).doesNotContain(TOKEN);
    }

    @Test
    void harmlessCauseIsKept() {
        InfluxException cause = new InfluxException(new IOException("connection refused"));

        assertThat(errors.translate("ping", cause)).hasCause(cause);
    }

    @Test
    void failureWithoutHttpStatusIsUnavailable() {
        InfluxAccessException failure = errors.translate("write", new IOException("connection reset"));

        assertThat(failure).isInstanceOf(InfluxUnavailableException.class);
        assertThat(failure.httpStatus()).isZero();
        assertThat(((InfluxUnavailableException) failure).retryAfter()).isEmpty();
    }

    @Test
    void failureWithoutMessageIsNamedByItsType() {
        assertThat(errors.translate("write", new IOException())).hasMessageEndingWith("failed: IOException");
    }
}
