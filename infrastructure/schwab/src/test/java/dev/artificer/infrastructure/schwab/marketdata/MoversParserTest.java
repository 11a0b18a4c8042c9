package dev.artificer.infrastructure.schwab.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import org.junit.jupiter.api.Test;

class MoversParserTest {

    @Test
    void readsScreeners() {
        String body = """
                {"screeners":[{"change":10,"description":"Dow jones","direction":"up","last":100,"symbol":"$DJI",
                 "totalVolume":100},{"change":-2.5,"description":"Acme","direction":"down","last":12.5,
                 "symbol":"ACME","totalVolume":250000}]}
                """;

        assertThat(MoversParser.parse(body)).containsExactly(
                new Mover("$DJI", "Dow jones", "up", 10.0, 100.0, 100L),
                new Mover("ACME", "Acme", "down", -2.5, 12.5, 250000L));
    }

    @Test
    void rejectsAnAnswerWithoutScreeners() {
        assertThatThrownBy(() -> MoversParser.parse("{\"movers\":[]}"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("lacks the 'screeners' array");
    }
}
