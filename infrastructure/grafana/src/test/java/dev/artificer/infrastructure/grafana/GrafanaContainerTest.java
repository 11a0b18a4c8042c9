package dev.artificer.infrastructure.grafana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GrafanaContainerTest {

    @Test
    void defaultContainerNameIsProjectServiceOne() {
        assertThat(GrafanaContainer.defaultNamed("artificer", "grafana"))
                .isEqualTo(new GrafanaContainer("grafana", "artificer-grafana-1"));
    }

    @Test
    void nameWithCharactersDockerRejectsIsRefused() {
        assertThatThrownBy(() -> new GrafanaContainer("grafana", "my grafana"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'my grafana'");
    }
}
