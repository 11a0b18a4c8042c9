package dev.artificer.system.algotrader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ServiceOnlyAutoConfigurationsTest {

    private static final String[] CLASSES = {
        "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.jvm.JvmMetricsAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        "org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        null};

    private static boolean[] kept(String oneShot) {
        ServiceOnlyAutoConfigurations filter = new ServiceOnlyAutoConfigurations();
        MockEnvironment environment = new MockEnvironment();
        if (oneShot != null) {
            environment.setProperty(ServiceOnlyAutoConfigurations.ONE_SHOT, oneShot);
        }
        filter.setEnvironment(environment);
        return filter.match(CLASSES, null);
    }

    @Test
    void aOneShotCommandLeavesOutTheServiceOnlyOnesAndKeepsTheMetricsRegistry() {
        assertThat(kept("true")).containsExactly(false, false, false, false, true, true, true, true, true);
    }

    @Test
    void theServiceKeepsEveryOne() {
        assertThat(kept(null)).containsExactly(true, true, true, true, true, true, true, true, true);
    }
}
