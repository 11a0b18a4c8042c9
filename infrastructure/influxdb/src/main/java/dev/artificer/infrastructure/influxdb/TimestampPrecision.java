package dev.artificer.infrastructure.influxdb;

import com.influxdb.client.domain.WritePrecision;

/**
 * The unit in which timestamps are written. A point's {@link java.time.Instant} is truncated to this unit, and
 * the write request tells the server the unit ({@code precision=} query parameter).
 */
public enum TimestampPrecision {
    /** Whole seconds. */
    SECONDS(WritePrecision.S),
    /** Milliseconds. */
    MILLISECONDS(WritePrecision.MS),
    /** Microseconds. */
    MICROSECONDS(WritePrecision.US),
    /** Nanoseconds: exact for every {@link java.time.Instant}, and InfluxDB's own default. */
    NANOSECONDS(WritePrecision.NS);

    private final WritePrecision writePrecision;

    TimestampPrecision(WritePrecision writePrecision) {
        this.writePrecision = writePrecision;
    }

    WritePrecision writePrecision() {
        return writePrecision;
    }
}
