package dev.artificer.infrastructure.grafana.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceStatusTest {

    private static ServiceStatus status(ContainerState state, ContainerHealth health) {
        return new ServiceStatus("grafana", "artificer-grafana-1", state, health, 0, "");
    }

    @Test
    void runningHealthyContainerIsUp() {
        assertThat(status(ContainerState.RUNNING, ContainerHealth.HEALTHY).isUp()).isTrue();
    }

    @Test
    void runningContainerWithoutHealthCheckIsUp() {
        assertThat(status(ContainerState.RUNNING, ContainerHealth.NONE).isUp()).isTrue();
    }

    @Test
    void runningContainerStillStartingIsNotUp() {
        assertThat(status(ContainerState.RUNNING, ContainerHealth.STARTING).isUp()).isFalse();
    }

    @Test
    void exitedContainerIsNotUp() {
        assertThat(status(ContainerState.EXITED, ContainerHealth.NONE).isUp()).isFalse();
    }

    @Test
    void absentServiceKeepsTheExpectedContainerName() {
        assertThat(ServiceStatus.absent("grafana", "artificer-grafana-1"))
                .isEqualTo(status(ContainerState.ABSENT, ContainerHealth.NONE));
    }
}
