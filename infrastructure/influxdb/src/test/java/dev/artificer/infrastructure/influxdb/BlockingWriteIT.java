package dev.artificer.infrastructure.influxdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.influxdb.FakeInfluxServer.Answer;
import dev.artificer.infrastructure.influxdb.FakeInfluxServer.Request;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockingWriteIT {

    private static final Instant AT = Instant.parse("2026-01-05T14:30:00.123456789Z");

    private FakeInfluxServer server;
    private BaseInfluxClient client;

    @BeforeEach
    void start() throws IOException {
        server = FakeInfluxServer.start();
        client = new BaseInfluxClient(server.settings().build());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static DataPoint.Builder weather() {
        return DataPoint.builder("weather").tag("station", "ams-1").time(AT);
    }

    @Test
    void pointIsPostedToTheWriteEndpointWithOrgBucketPrecisionAndToken() {
        client.writeBlocking(List.of(weather().field("temperature", 21.5).build()));

        Request write = server.writes().getFirst();
        assertThat(write.method()).isEqualTo("POST");
        assertThat(write.path()).isEqualTo("/api/v2/write");
        assertThat(write.query()).containsEntry("org", "acme org").containsEntry("bucket", "metrics/raw")
                .containsEntry("precision", "ns");
        assertThat(write.authorization()).isEqualTo("Token " + FakeInfluxServer.TOKEN);
        assertThat(write.contentType()).startsWith("text/plain");
    }

    @Test
    void pointsAreWrittenAsExactLineProtocolOneLinePerPoint() {
        client.writeBlocking(List.of(
                weather().field("temperature", 21.5).build(),
                weather().tag("station", "ams-2").field("temperature", -3.25).build()));

        assertThat(server.writes().getFirst().body()).isEqualTo("""
                weather,station=ams-1 temperature=21.5 1767623400123456789
                weather,station=ams-2 temperature=-3.25 1767623400123456789""");
    }

    @Test
    void fieldTypesAreWrittenAsFloatIntegerBooleanAndQuotedString() {
        client.writeBlocking(List.of(weather()
                .field("temperature", 21.0)
                .field("humidity", 40L)
                .field("raining", false)
                .field("summary", "light \"breeze\" \\ calm")
                .build()));

        assertThat(server.writes().getFirst().body()).isEqualTo(
                "weather,station=ams-1 humidity=40i,raining=false,summary=\"light \\\"breeze\\\" \\\\ calm\","
                        + "temperature=21.0 1767623400123456789");
    }

    @Test
    void spacesCommasAndEqualSignsInNamesAndTagsAreEscaped() {
        client.writeBlocking(List.of(DataPoint.builder("room climate")
                .tags(Map.of("city", "New York", "site", "a,b=c"))
                .field("air quality", 7L)
                .time(AT)
                .build()));

        assertThat(server.writes().getFirst().body()).isEqualTo(
                "room\\ climate,city=New\\ York,site=a\\,b\\=c air\\ quality=7i 1767623400123456789");
    }

    @ParameterizedTest(name = "{0} writes precision={1} and timestamp {2}")
    @CsvSource({
            "SECONDS,      s,  1767623400",
            "MILLISECONDS, ms, 1767623400123",
            "MICROSECONDS, us, 1767623400123456",
            "NANOSECONDS,  ns, 1767623400123456789"})
    void timestampIsWrittenInTheConfiguredPrecision(TimestampPrecision precision, String parameter, String timestamp) {
        try (BaseInfluxClient precise = new BaseInfluxClient(server.settings().precision(precision).build())) {
            precise.writeBlocking(List.of(weather().field("temperature", 1.5).build()));
        }

        Request write = server.writes().getFirst();
        assertThat(write.query()).containsEntry("precision", parameter);
        assertThat(write.body()).isEqualTo("weather,station=ams-1 temperature=1.5 " + timestamp);
    }

    @Test
    void emptyListSendsNothing() {
        client.writeBlocking(List.of());

        assertThat(server.writes()).isEmpty();
    }

    @Test
    void refusedTokenThrowsAuthenticationFailureThatNeverShowsTheToken() {
        server.answerEveryWrite(Answer.error(401, "unauthorized",
                "unauthorized access: " + FakeInfluxServer.ECHO_AUTHORIZATION));

        assertThatThrownBy(() -> client.writeBlocking(List.of(weather().field("temperature", 1.0).build())))
                .isInstanceOfSatisfying(InfluxAuthenticationException.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(401);
                    assertThat(failure).hasMessageContaining(server.url()).hasMessageContaining("unauthorized access");
                    assertThat(throwableChainText(failure)).doesNotContain(FakeInfluxServer.TOKEN);
                });
    }

    @Test
    void tooManyRequestsThrowsUnavailableWithTheServersRetryAfter() {
        server.answerEveryWrite(Answer.tooManyRequests(7));

        assertThatThrownBy(() -> client.writeBlocking(List.of(weather().field("temperature", 1.0).build())))
                .isInstanceOfSatisfying(InfluxUnavailableException.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(429);
                    assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
                });
    }

    @Test
    void serverErrorThrowsUnavailableWithoutRetryAfter() {
        server.answerEveryWrite(Answer.error(500, "internal error", "engine: cache full"));

        assertThatThrownBy(() -> client.writeBlocking(List.of(weather().field("temperature", 1.0).build())))
                .isInstanceOfSatisfying(InfluxUnavailableException.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(500);
                    assertThat(failure.retryAfter()).isEmpty();
                    assertThat(failure).hasMessageContaining("engine: cache full");
                });
    }

    @Test
    void refusedDataThrowsRejectedWithTheServersReason() {
        server.answerEveryWrite(Answer.error(400, "invalid",
                "partial write: field type conflict: input field \\\"temperature\\\" is type integer"));

        assertThatThrownBy(() -> client.writeBlocking(List.of(weather().field("temperature", 1L).build())))
                .isInstanceOfSatisfying(InfluxRejectedException.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(400);
                    assertThat(failure).hasMessageContaining("field type conflict")
                            .hasMessageContaining("bucket 'metrics/raw'");
                });
    }

    @Test
    void unreachableServerThrowsUnavailableWithNoStatus() throws IOException {
        try (BaseInfluxClient nowhere = new BaseInfluxClient(server.settings().url(closedPortUrl()).build())) {
            assertThatThrownBy(() -> nowhere.writeBlocking(List.of(weather().field("temperature", 1.0).build())))
                    .isInstanceOfSatisfying(InfluxUnavailableException.class,
                            failure -> assertThat(failure.httpStatus()).isZero());
        }
    }

    @Test
    void writeAfterCloseIsRefused() {
        client.close();

        assertThatThrownBy(() -> client.writeBlocking(List.of(weather().field("temperature", 1.0).build())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    static String closedPortUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    static String throwableChainText(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable next = failure; next != null; next = next.getCause()) {
            text.append(next).append('\n');
        }
        return text.toString();
    }
}
