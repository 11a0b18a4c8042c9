package dev.artificer.infrastructure.grafana.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ComposeSettingsTest {

    private static ComposeSettings.Builder valid() {
        return ComposeSettings.builder().composeFile(Path.of("/srv/artificer/docker-compose.yml")).projectName("artificer");
    }

    @Test
    void defaultsRunDockerFromThePathWithAFiveMinuteTimeout() {
        ComposeSettings settings = valid().build();

        assertThat(settings.dockerExecutable()).isEqualTo("docker");
        assertThat(settings.commandTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.stderrTailLines()).isEqualTo(5);
        assertThat(settings.environment()).isEmpty();
    }

    @Test
    void toStringNamesTheEnvironmentVariablesButNotTheirValues() {
        String text = valid().environment("GRAFANA_ADMIN_PASSWORD", "hunter2").environment("GRAFANA_PORT", "3000")
                .build().toString();

        assertThat(text).contains("GRAFANA_ADMIN_PASSWORD", "GRAFANA_PORT", "-p artificer")
                .doesNotContain("hunter2").doesNotContain("3000");
    }

    @Test
    void projectNameMustBeAValidComposeProjectName() {
        assertThatThrownBy(() -> valid().projectName("Algo Trader").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Algo Trader'");
    }

    @Test
    void composeFileIsRequired() {
        assertThatThrownBy(() -> ComposeSettings.builder().projectName("artificer").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("compose file must be given");
    }

    @Test
    void environmentVariableWithoutValueIsRejectedByName() {
        assertThatThrownBy(() -> valid().environment("GRAFANA_PORT", null).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'GRAFANA_PORT'");
    }

    @Test
    void commandTimeoutMustBePositive() {
        assertThatThrownBy(() -> valid().commandTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("command timeout");
    }
}
