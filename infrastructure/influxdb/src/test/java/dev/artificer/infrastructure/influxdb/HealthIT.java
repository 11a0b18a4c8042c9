package dev.artificer.infrastructure.influxdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.influxdb.FakeInfluxServer.Answer;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthIT {

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

    @Test
    void pingIsTrueWhenTheServerAnswers() {
        assertThat(client.ping()).isTrue();
    }

    @Test
    void pingIsFalseWhenTheServerFails() {
        server.answerPings(new Answer(503, Map.of(), ""));

        assertThat(client.ping()).isFalse();
    }

    @Test
    void pingIsFalseWhenNothingListens() throws IOException {
        try (BaseInfluxClient nowhere = new BaseInfluxClient(
                server.settings().url(BlockingWriteIT.closedPortUrl()).build())) {
            assertThat(nowhere.ping()).isFalse();
        }
    }

    @Test
    void versionIsWhatTheServerReports() {
        assertThat(client.version()).isEqualTo(FakeInfluxServer.VERSION);
    }

    @Test
    void versionOfAnUnreachableServerThrowsUnavailable() throws IOException {
        String url = BlockingWriteIT.closedPortUrl();
        try (BaseInfluxClient nowhere = new BaseInfluxClient(server.settings().url(url).build())) {
            assertThatThrownBy(nowhere::version)
                    .isInstanceOf(InfluxUnavailableException.class)
                    .hasMessageContaining(url);
        }
    }
}
