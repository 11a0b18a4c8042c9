package dev.artificer.infrastructure.influxdb;

import com.influxdb.LogLevel;
import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.InfluxDBClientFactory;
import com.influxdb.client.InfluxDBClientOptions;
import com.influxdb.client.domain.WritePrecision;
import com.influxdb.client.write.Point;
import com.influxdb.exceptions.InfluxException;
import com.influxdb.query.FluxTable;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;

/**
 * A time-series store over one InfluxDB 2.x bucket, built on influxdb-client-java: batched asynchronous
 * writes whose outcome reaches a {@link WriteListener} and {@link #writeCounters() counters}, blocking writes
 * that throw, Flux queries that return {@link DataPoint}s, and ping/version for health. Everything it needs
 * comes from {@link InfluxSettings}; it reads no environment. Systems wrap or extend it with their own
 * measurements.
 *
 * <p>Thread-safe. Create one per server and bucket and share it: it holds a connection pool and
 * write threads. {@link #close()} sends what is still buffered before it lets go of them.
 */
public class BaseInfluxClient implements AutoCloseable {

    private final InfluxSettings settings;
    private final InfluxDBClient client;
    private final WriteEvents events;
    private final AsyncWriter asyncWriter;
    private final InfluxErrors errors;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Creates a client whose asynchronous write outcomes are only counted.
     *
     * @param settings where the server is, the token, org, bucket, precision and batching
     */
    public BaseInfluxClient(InfluxSettings settings) {
        this(settings, WriteListener.NONE);
    }

    /**
     * Creates a client that tells the listener what becomes of asynchronous writes. No request is sent until
     * the first call that needs one.
     *
     * @param settings where the server is, the token, org, bucket, precision and batching
     * @param listener told of written and failed batches, retries and dropped points
     */
    public BaseInfluxClient(InfluxSettings settings, WriteListener listener) {
        if (settings == null || listener == null) {
            throw new IllegalArgumentException("influxdb client needs settings and a write listener");
        }
        this.settings = settings;
        this.errors = new InfluxErrors(settings.url(), settings.token());
        this.client = InfluxDBClientFactory.create(clientOptions(settings));
        this.events = new WriteEvents(listener, errors);
        this.asyncWriter = new AsyncWriter(client, settings, events);
    }

    /**
     * Queues a point for an asynchronous batched write and returns at once. The outcome reaches the
     * {@link WriteListener} and the {@link #writeCounters() counters}.
     *
     * @param point the point
     * @throws IllegalStateException when the client is closed
     */
    public void writeAsync(DataPoint point) {
        writeAsync(List.of(point));
    }

    /**
     * Queues points for asynchronous batched writes and returns at once, never waiting for the server. The
     * outcome reaches the {@link WriteListener} and the {@link #writeCounters() counters}. Points that would
     * make more than {@link WriteBatching#bufferLimit()} points wait for the writer thread are dropped and
     * reported.
     *
     * @param points the points, in any number
     * @throws IllegalStateException when the client is closed
     */
    public void writeAsync(List<DataPoint> points) {
        requireOpen();
        asyncWriter.write(toPoints(points));
    }

    /**
     * Sends the points in one request and waits for the server's answer; meant for small batches. There is no
     * retry: the caller decides.
     *
     * @param points the points
     * @throws InfluxAuthenticationException when the token is refused
     * @throws InfluxRejectedException       when the server refuses the data or does not know the bucket
     * @throws InfluxUnavailableException    when the server is unreachable, overloaded or failing
     * @throws IllegalStateException         when the client is closed
     */
    public void writeBlocking(List<DataPoint> points) {
        requireOpen();
        if (points.isEmpty()) {
            return;
        }
        call("write of " + points.size() + " points to bucket '" + settings.bucket() + "'", () -> {
            client.getWriteApiBlocking().writePoints(settings.bucket(), settings.org(), toPoints(points));
            return null;
        });
    }

    /**
     * Asks the asynchronous writer to send what it has buffered now rather than at the next flush interval.
     * Returns at once; the outcome reaches the listener and the counters.
     *
     * @throws IllegalStateException when the client is closed
     */
    public void flush() {
        requireOpen();
        asyncWriter.flush();
    }

    /**
     * Running totals of asynchronous writes: queued and dropped points, written and failed batches, retries.
     *
     * @return a snapshot
     */
    public WriteCounters writeCounters() {
        return events.counters();
    }

    /**
     * Reads the points of a measurement in a time range from the settings' bucket, sorted by time.
     *
     * @param query measurement, range and optional tag and field filters
     * @return the points, one per series and instant with all its fields
     * @throws InfluxAccessException (a subclass) when the server cannot be reached or refuses the query
     */
    public List<DataPoint> queryRange(RangeQuery query) {
        return query(FluxScript.range(settings.bucket(), query));
    }

    /**
     * Runs a Flux query in the settings' org and assembles its rows into points, sorted by time. The query must
     * return rows with {@code _time}, {@code _measurement}, {@code _field} and {@code _value} columns (as
     * {@code from() |> range() |> filter()} and windowed aggregates do); its string columns that do not begin
     * with {@code _} become tags.
     *
     * @param flux the Flux query
     * @return the points
     * @throws InfluxAccessException    (a subclass) when the server cannot be reached or refuses the query
     * @throws IllegalArgumentException when the rows lack one of the required columns
     */
    public List<DataPoint> query(String flux) {
        requireOpen();
        List<FluxTable> tables = call("Flux query in org '" + settings.org() + "'",
                () -> client.getQueryApi().query(flux, settings.org()));
        return Collections.unmodifiableList(FluxRows.toPoints(tables));
    }

    /**
     * Whether the server answers its {@code /ping} endpoint.
     *
     * @return true when it answered with success; false when unreachable or failing
     */
    public boolean ping() {
        requireOpen();
        return Boolean.TRUE.equals(client.ping());
    }

    /**
     * The server's version, as it reports in its {@code X-Influxdb-Version} header.
     *
     * @return e.g. {@code v2.7.11}, or {@code unknown} when the server does not say
     * @throws InfluxUnavailableException when the server cannot be reached
     */
    public String version() {
        requireOpen();
        return call("version check", client::version);
    }

    /**
     * The settings this client was built with (token masked in their string form).
     *
     * @return the settings
     */
    public InfluxSettings settings() {
        return settings;
    }

    /**
     * Sends what the asynchronous writer still holds and waits for it, retries included (up to 30 s to hand
     * the last points over, and up to the client library's 30 s to send them), then closes the connections.
     * Calling it again does nothing.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            asyncWriter.close();
            client.close();
        }
    }

    private List<Point> toPoints(List<DataPoint> points) {
        WritePrecision precision = settings.precision().writePrecision();
        return points.stream().map(point -> Point.measurement(point.measurement())
                        .addTags(point.tags())
                        .addFields(point.fields())
                        .time(point.time(), precision))
                .toList();
    }

    private <T> T call(String operation, Supplier<T> request) {
        try {
            return request.get();
        } catch (InfluxException failure) {
            throw errors.translate(operation, failure);
        }
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("influxdb client for " + settings.url() + " is closed");
        }
    }

    private static InfluxDBClientOptions clientOptions(InfluxSettings settings) {
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .protocols(List.of(Protocol.HTTP_1_1))
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.responseTimeout())
                .writeTimeout(settings.responseTimeout());
        return InfluxDBClientOptions.builder()
                .url(settings.url())
                .authenticateToken(settings.token().toCharArray())
                .org(settings.org())
                .bucket(settings.bucket())
                .precision(settings.precision().writePrecision())
                .okHttpClient(http)
                .logLevel(LogLevel.NONE)
                .build();
    }
}
