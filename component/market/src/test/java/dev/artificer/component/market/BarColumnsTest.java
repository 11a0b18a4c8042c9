package dev.artificer.component.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarColumnsTest {

    private static final List<Bar> BARS = List.of(
            new Bar(Symbol.of("AAPL"), Timeframe.DAILY, Instant.parse("2024-01-02T05:00:00Z"), 10.1, 10.5, 9.9, 10.2, 100),
            new Bar(Symbol.of("MSFT"), Timeframe.DAILY, Instant.parse("2024-01-02T05:00:00Z"), 0.1 + 0.2, 0.4, 0.3, 0.35, 7),
            new Bar(Symbol.of("AAPL"), Timeframe.ONE_MINUTE, Instant.parse("2024-01-03T14:30:00.000000123Z"), 11, 12, 10, 11.5, 0));

    @Test
    void barsComeBackEqualInTheirOrder() {
        assertThat(BarColumns.of(BARS).bars()).isEqualTo(BARS);
    }

    @Test
    void barsSurviveSerialization() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(BarColumns.of(BARS));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(((BarColumns) in.readObject()).bars()).isEqualTo(BARS);
        }
    }
}
