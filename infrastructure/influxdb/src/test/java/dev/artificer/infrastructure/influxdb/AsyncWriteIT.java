package dev.artificer.infrastructure.influxdb;

import static dev.artificer.infrastructure.influxdb.RecordingListener.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.influxdb.FakeInfluxServer.Answer;
import dev.artificer.infrastructure.influxdb.FakeInfluxServer.Request;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AsyncWriteIT {

    private static final Instant AT = Instant.parse("2026-01-05T14:30:00Z");
    private static final Duration NEVER = Duration.ofMinutes(10);
    private static final Duration QUIET = Duration.ofMillis(300);
    private static final Duration WAIT = Duration.ofSeconds(5);

    private FakeInfluxServer server;
    private RecordingListener listener;
    private BaseInfluxClient client;

    @BeforeEach
    void start() throws IOException {
        server = FakeInfluxServer.start();
        listener = new RecordingListener();
    }

    @AfterEach
    void stop() {
        server.releaseWrites();
        if (client != null) {
            client.close();
        }
        server.close();
    }

    private BaseInfluxClient client(WriteBatching.Builder batching) {
        client = new BaseInfluxClient(server.settings().batching(batching.build()).build(), listener);
        return client;
    }

    private static WriteBatching.Builder batching() {
        return WriteBatching.builder().batchSize(100).flushInterval(NEVER)
                .retryDelays(Duration.ofMillis(20), Duration.ofMillis(40));
    }

    private static DataPoint point(int sequence) {
        return DataPoint.builder("jobs").tag("queue", "q" + sequence).field("depth", (long) sequence)
                .time(AT.plusSeconds(sequence)).build();
    }

    private static List<DataPoint> points(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(AsyncWriteIT::point).toList();
    }

    @Test
    void fullBatchIsSentAsOneRequestWithoutWaitingForTheInterval() throws InterruptedException {
        client(batching().batchSize(3)).writeAsync(points(3));

        Request write = server.nextWrite(WAIT);
        assertThat(write.body()).isEqualTo("""
                jobs,queue=q1 depth=1i 1767623401000000000
                jobs,queue=q2 depth=2i 1767623402000000000
                jobs,queue=q3 depth=3i 1767623403000000000""");
        assertThat(write.query()).containsEntry("org", "acme org").containsEntry("bucket", "metrics/raw")
                .containsEntry("precision", "ns");
        assertThat(write.authorization()).isEqualTo("Token " + FakeInfluxServer.TOKEN);
    }

    @Test
    void writtenBatchReachesTheListenerAndTheCounters() throws InterruptedException {
        client(batching().batchSize(2)).writeAsync(points(2));

        assertThat(next(listener.written)).isEqualTo("""
                jobs,queue=q1 depth=1i 1767623401000000000
                jobs,queue=q2 depth=2i 1767623402000000000""");
        assertThat(client.writeCounters()).isEqualTo(new WriteCounters(2, 1, 0, 0, 0));
    }

    @Test
    void partialBatchWaitsForTheFlushInterval() throws InterruptedException {
        client(batching()).writeAsync(point(1));

        assertThat(server.nextWrite(QUIET)).isNull();
    }

    @Test
    void flushSendsAPartialBatchAtOnce() throws InterruptedException {
        client(batching()).writeAsync(points(2));

        client.flush();

        assertThat(server.nextWrite(WAIT).body().lines()).hasSize(2);
    }

    @Test
    void flushIntervalSendsAPartialBatchByItself() throws InterruptedException {
        client(batching().flushInterval(Duration.ofMillis(100))).writeAsync(point(1));

        assertThat(server.nextWrite(WAIT).body()).isEqualTo("jobs,queue=q1 depth=1i 1767623401000000000");
    }

    @Test
    void closeSendsWhatIsStillBuffered() {
        client(batching()).writeAsync(points(2));

        client.close();

        assertThat(server.writes()).singleElement()
                .satisfies(write -> assertThat(write.body().lines()).hasSize(2));
    }

    @Test
    void serverErrorIsRetriedAndTheListenerToldBeforeTheBatchIsWritten() throws InterruptedException {
        server.answerNextWrites(Answer.error(503, "unavailable", "service unavailable"));
        client(batching().batchSize(1)).writeAsync(point(1));

        RecordingListener.Retry retry = next(listener.retries);
        assertThat(retry.failure()).isInstanceOf(InfluxUnavailableException.class);
        assertThat(retry.failure().httpStatus()).isEqualTo(503);
        assertThat(next(listener.written)).isEqualTo("jobs,queue=q1 depth=1i 1767623401000000000");
        assertThat(server.writes()).extracting(Request::body).containsExactly(
                "jobs,queue=q1 depth=1i 1767623401000000000", "jobs,queue=q1 depth=1i 1767623401000000000");
        assertThat(client.writeCounters()).isEqualTo(new WriteCounters(1, 1, 1, 0, 0));
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheServersRetryAfter() throws InterruptedException {
        server.answerNextWrites(Answer.tooManyRequests(1));
        client(batching().batchSize(1)).writeAsync(point(1));

        RecordingListener.Retry retry = next(listener.retries);
        next(listener.written);

        assertThat(retry.delay()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(((InfluxUnavailableException) retry.failure()).retryAfter()).contains(Duration.ofSeconds(1));
        List<Request> writes = server.writes();
        assertThat(Duration.ofNanos(writes.get(1).arrivedNanos() - writes.get(0).arrivedNanos()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void refusedTokenFailsTheBatchAtOnceWithoutRetryOrToken() throws InterruptedException {
        server.answerEveryWrite(Answer.error(401, "unauthorized",
                "unauthorized access: " + FakeInfluxServer.ECHO_AUTHORIZATION));
        client(batching().batchSize(1)).writeAsync(point(1));

        InfluxAccessException failure = next(listener.failures);

        assertThat(failure).isInstanceOf(InfluxAuthenticationException.class).hasMessageContaining(server.url());
        assertThat(failure.httpStatus()).isEqualTo(401);
        assertThat(BlockingWriteIT.throwableChainText(failure)).doesNotContain(FakeInfluxServer.TOKEN);
        assertThat(listener.retries).isEmpty();
        assertThat(server.writes()).hasSize(1);
        assertThat(client.writeCounters()).isEqualTo(new WriteCounters(1, 0, 0, 1, 0));
    }

    @Test
    void batchFailsWhenRetriesRunOut() throws InterruptedException {
        server.answerEveryWrite(Answer.error(500, "internal error", "engine: cache full"));
        client(batching().batchSize(1).maxRetries(2)).writeAsync(point(1));

        InfluxAccessException failure = next(listener.failures);

        assertThat(failure).isInstanceOf(InfluxUnavailableException.class).hasMessageContaining("cache full");
        assertThat(server.writes()).hasSize(3);
        assertThat(listener.retries).hasSize(2);
        assertThat(client.writeCounters()).isEqualTo(new WriteCounters(1, 0, 2, 1, 0));
    }

    @Test
    void writeThatCompletesABatchReturnsBeforeTheServerAnswers() throws InterruptedException {
        server.holdWrites();
        client(batching().batchSize(1));

        Duration took = timed(() -> client.writeAsync(point(1)));

        assertThat(server.nextWrite(WAIT)).isNotNull();
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void flushReturnsBeforeTheServerAnswers() throws InterruptedException {
        server.holdWrites();
        client(batching()).writeAsync(point(1));

        Duration took = timed(client::flush);

        assertThat(server.nextWrite(WAIT)).isNotNull();
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    private static Duration timed(Runnable action) {
        long started = System.nanoTime();
        action.run();
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @Test
    void pointsBeyondTheBufferLimitAreDroppedAndReported() throws InterruptedException {
        server.holdWrites();
        client(batching().batchSize(1).bufferLimit(2));
        client.writeAsync(point(1));
        server.nextWrite(WAIT);

        points(20).subList(1, 20).forEach(client::writeAsync);
        int dropped = next(listener.dropped);
        server.releaseWrites();
        client.close();

        assertThat(dropped).isPositive();
        WriteCounters counters = client.writeCounters();
        assertThat(counters.pointsQueued()).isEqualTo(20);
        assertThat(counters.pointsDropped()).isBetween(1L, 18L);
        long linesWritten = server.writes().stream().mapToLong(write -> write.body().lines().count()).sum();
        assertThat(linesWritten + counters.pointsDropped()).isEqualTo(20);
    }

    @Test
    void listenerThatThrowsStillHearsOfLaterBatches() throws InterruptedException {
        RecordingListener recording = listener;
        client = new BaseInfluxClient(server.settings().batching(batching().batchSize(1).build()).build(),
                new WriteListener() {
                    @Override
                    public void batchWritten(String lineProtocol) {
                        recording.batchWritten(lineProtocol);
                        throw new IllegalStateException("listener bug");
                    }
                });

        client.writeAsync(point(1));
        next(listener.written);
        client.writeAsync(point(2));

        assertThat(next(listener.written)).isEqualTo("jobs,queue=q2 depth=2i 1767623402000000000");
    }

    @Test
    void writeAfterCloseIsRefused() {
        client(batching()).close();

        assertThatThrownBy(() -> client.writeAsync(point(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
