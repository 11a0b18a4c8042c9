package dev.artificer.infrastructure.influxdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import dev.artificer.infrastructure.influxdb.FakeInfluxServer.Answer;
import dev.artificer.infrastructure.influxdb.FakeInfluxServer.Request;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueryIT {

    private static final Instant DAY = Instant.parse("2026-01-05T00:00:00Z");
    private static final Instant AT_1430 = Instant.parse("2026-01-05T14:30:00Z");
    private static final Instant AT_1431 = Instant.parse("2026-01-05T14:31:00Z");

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

    private static String resource(String name) throws IOException {
        try (InputStream in = QueryIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static RangeQuery cpuOfTheDay() {
        return RangeQuery.of("cpu", DAY, DAY.plusSeconds(86_400));
    }

    @Test
    void rangeQueryPostsFluxForTheBucketToTheQueryEndpointOfTheOrg() {
        client.queryRange(cpuOfTheDay().withTag("region", "eu-west").withFields("usage", "count"));

        Request query = server.queries().getFirst();
        assertThat(query.method()).isEqualTo("POST");
        assertThat(query.path()).isEqualTo("/api/v2/query");
        assertThat(query.query()).containsEntry("org", "acme org");
        assertThat(query.authorization()).isEqualTo("Token " + FakeInfluxServer.TOKEN);
        assertThat(JsonParser.parseString(query.body()).getAsJsonObject().get("query").getAsString())
                .isEqualTo("""
                        from(bucket: "metrics/raw")
                          |> range(start: 2026-01-05T00:00:00Z, stop: 2026-01-06T00:00:00Z)
                          |> filter(fn: (r) => r._measurement == "cpu")
                          |> filter(fn: (r) => r["region"] == "eu-west")
                          |> filter(fn: (r) => r._field == "count" or r._field == "usage")
                        """);
    }

    @Test
    void annotatedCsvRowsBecomeOnePointPerSeriesAndInstantWithAllItsFields() throws IOException {
        server.answerQueries(Answer.csv(resource("/flux/cpu-range.csv")));

        assertThat(client.queryRange(cpuOfTheDay())).containsExactly(
                new DataPoint("cpu", Map.of("host", "server01", "region", "eu-west"),
                        Map.of("usage", 0.25, "count", 42L, "healthy", true), AT_1430),
                new DataPoint("cpu", Map.of("host", "server 02", "region", "eu-west"),
                        Map.of("usage", 1.75, "note", "fan \"loud\", replace"), AT_1430),
                new DataPoint("cpu", Map.of("host", "server01", "region", "eu-west"),
                        Map.of("usage", 0.5, "count", 43L), AT_1431));
    }

    @Test
    void emptyResultGivesNoPoints() {
        server.answerQueries(Answer.csv("\r\n"));

        assertThat(client.queryRange(cpuOfTheDay())).isEmpty();
    }

    @Test
    void rawFluxQueryIsSentAsGivenAndItsRowsAssembled() throws IOException {
        server.answerQueries(Answer.csv(resource("/flux/cpu-range.csv")));
        String flux = "from(bucket: \"other\") |> range(start: -1h) |> filter(fn: (r) => r.host == \"server01\")";

        assertThat(client.query(flux)).hasSize(3);
        assertThat(JsonParser.parseString(server.queries().getFirst().body()).getAsJsonObject().get("query")
                .getAsString()).isEqualTo(flux);
    }

    @Test
    void rowsNotShapedAsPointsAreRefusedNamingTheColumnsNeeded() {
        server.answerQueries(Answer.csv("""
                #datatype,string,long,dateTime:RFC3339,double\r
                #group,false,false,false,false\r
                #default,_result,,,\r
                ,result,table,_time,_value\r
                ,,0,2026-01-05T14:30:00Z,1.5\r
                \r
                """));

        assertThatThrownBy(() -> client.query("from(bucket: \"b\") |> range(start: -1h) |> pivot()"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("_field")
                .hasMessageContaining("_time");
    }

    @Test
    void invalidQueryThrowsRejectedWithTheServersReason() {
        server.answerQueries(Answer.error(400, "invalid",
                "compilation failed: error at @1:1-1:5: undefined identifier frm"));

        assertThatThrownBy(() -> client.query("frm(bucket: \"b\")"))
                .isInstanceOfSatisfying(InfluxRejectedException.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(400);
                    assertThat(failure).hasMessageContaining("undefined identifier frm");
                });
    }

    @Test
    void refusedTokenThrowsAuthenticationFailureThatNeverShowsTheToken() {
        server.answerQueries(Answer.error(401, "unauthorized",
                "unauthorized access: " + FakeInfluxServer.ECHO_AUTHORIZATION));

        assertThatThrownBy(() -> client.queryRange(cpuOfTheDay()))
                .isInstanceOfSatisfying(InfluxAuthenticationException.class, failure ->
                        assertThat(BlockingWriteIT.throwableChainText(failure))
                                .contains("unauthorized access")
                                .doesNotContain(FakeInfluxServer.TOKEN));
    }
}
