package dev.artificer.infrastructure.influxdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.influxdb.InfluxTestServer.Endpoint;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real InfluxDB 2.7: from the environment, else Testcontainers, else skipped with the reason. */
class InfluxContainerIT {

    private static final Instant BASE = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(1));

    private Endpoint endpoint;
    private RecordingListener listener;
    private BaseInfluxClient client;
    private String measurement;

    @BeforeEach
    void connect() {
        endpoint = InfluxTestServer.from(System.getenv()).endpoint();
        listener = new RecordingListener();
        client = new BaseInfluxClient(settings(endpoint.token(), endpoint.bucket()).build(), listener);
        measurement = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @AfterEach
    void disconnect() {
        if (client != null) {
            client.close();
        }
    }

    private InfluxSettings.Builder settings(String token, String bucket) {
        return InfluxSettings.builder().url(endpoint.url()).token(token).org(endpoint.org()).bucket(bucket)
                .batching(WriteBatching.builder().batchSize(100).flushInterval(Duration.ofMillis(100)).build());
    }

    private DataPoint point(String host, int minute, double load) {
        return DataPoint.builder(measurement).tag("host", host).tag("rack", "r 1")
                .field("load", load).field("jobs", (long) minute).field("busy", load > 1)
                .field("note", "minute \"" + minute + "\"")
                .time(BASE.plus(Duration.ofMinutes(minute)).plusNanos(123_456_789))
                .build();
    }

    private RangeQuery lastTwoHours() {
        return RangeQuery.of(measurement, BASE.minus(Duration.ofHours(1)), BASE.plus(Duration.ofHours(1)));
    }

    @Test
    void blockingWritesReadBackExactlyByRange() {
        List<DataPoint> written = List.of(point("a", 1, 0.5), point("a", 2, 1.5), point("b", 1, 2.25));

        client.writeBlocking(written);

        assertThat(client.queryRange(lastTwoHours()))
                .containsExactlyInAnyOrderElementsOf(written)
                .extracting(DataPoint::time).isSorted();
    }

    @Test
    void asynchronousWritesReadBackOnceTheListenerHearsTheyAreWritten() throws InterruptedException {
        List<DataPoint> written = List.of(point("a", 3, 0.75), point("b", 4, 3.5));

        client.writeAsync(written);
        client.flush();
        RecordingListener.next(listener.written);

        assertThat(client.queryRange(lastTwoHours())).containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void tagAndFieldFiltersNarrowTheRange() {
        client.writeBlocking(List.of(point("a", 5, 0.5), point("b", 5, 1.5)));

        List<DataPoint> read = client.queryRange(lastTwoHours().withTag("host", "b").withFields("load"));

        assertThat(read).singleElement().satisfies(point -> {
            assertThat(point.tags()).containsEntry("host", "b");
            assertThat(point.fields()).containsOnlyKeys("load").containsEntry("load", 1.5);
        });
    }

    @Test
    void serverAnswersPingAndReportsVersionTwo() {
        assertThat(client.ping()).isTrue();
        assertThat(client.version()).contains("2.");
    }

    @Test
    void wrongTokenIsRefusedAsAuthenticationFailure() {
        try (BaseInfluxClient stranger = new BaseInfluxClient(settings("not-a-token", endpoint.bucket()).build())) {
            assertThatThrownBy(() -> stranger.writeBlocking(List.of(point("a", 1, 1.0))))
                    .isInstanceOf(InfluxAuthenticationException.class)
                    .hasMessageNotContaining("not-a-token");
        }
    }

    @Test
    void unknownBucketIsRejected() {
        try (BaseInfluxClient lost = new BaseInfluxClient(settings(endpoint.token(), "no-such-bucket").build())) {
            assertThatThrownBy(() -> lost.writeBlocking(List.of(point("a", 1, 1.0))))
                    .isInstanceOfSatisfying(InfluxRejectedException.class,
                            failure -> assertThat(failure.httpStatus()).isEqualTo(404));
        }
    }
}
