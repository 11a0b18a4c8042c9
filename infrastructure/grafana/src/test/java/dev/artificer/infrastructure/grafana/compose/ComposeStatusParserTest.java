package dev.artificer.infrastructure.grafana.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ComposeStatusParserTest {

    private static final String WHAT = "docker compose ps";

    private final ComposeStatusParser parser = new ComposeStatusParser();

    @Test
    void projectWithoutContainersPrintsNothingInNewerCompose() {
        assertThat(parser.parse("\n", WHAT)).isEmpty();
    }

    @Test
    void projectWithoutContainersPrintsAnEmptyArrayInOlderCompose() {
        assertThat(parser.parse("[]\n", WHAT)).isEmpty();
    }

    @Test
    void unfamiliarStateAndHealthAreUnknownAndNone() {
        ServiceStatus status = parser.parse(
                "{\"Service\":\"grafana\",\"Name\":\"g-1\",\"State\":\"hibernating\",\"Health\":\"meh\"}", WHAT)
                .getFirst();

        assertThat(status.state()).isEqualTo(ContainerState.UNKNOWN);
        assertThat(status.health()).isEqualTo(ContainerHealth.NONE);
    }

    @Test
    void containerWithoutServiceNameIsUnexpectedOutput() {
        assertThatThrownBy(() -> parser.parse("{\"Name\":\"g-1\",\"State\":\"running\"}", WHAT))
                .isInstanceOf(UnexpectedComposeOutputException.class)
                .hasMessageStartingWith("docker compose ps printed a container without a service name");
    }

    @Test
    void longGarbageIsQuotedShortened() {
        assertThatThrownBy(() -> parser.parse("x".repeat(500), WHAT))
                .isInstanceOf(UnexpectedComposeOutputException.class)
                .hasMessageEndingWith("x".repeat(120) + "...");
    }
}
