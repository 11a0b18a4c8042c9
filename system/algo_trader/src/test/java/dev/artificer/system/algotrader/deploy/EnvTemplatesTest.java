package dev.artificer.system.algotrader.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.system.algotrader.config.Setting;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnvTemplatesTest {

    private static final Set<String> SHARED = RepositoryFiles.templateVariables("artificer.env.template");
    private static final Set<String> SYSTEM =
            RepositoryFiles.templateVariables("system/algo_trader/algo_trader.env.template");

    @Test
    void everySystemSpecificVariableIsInTheSystemTemplate() {
        for (Setting setting : Setting.values()) {
            assertThat(SYSTEM).as(setting.name()).contains(setting.variables().getFirst());
        }
    }

    @Test
    void everySharedVariableIsInTheSharedTemplate() {
        for (Setting setting : Setting.values()) {
            setting.variables().stream().skip(1).forEach(shared -> assertThat(SHARED).as(setting.name()).contains(shared));
        }
    }

    @Test
    void templatesNameNoVariableTheAppDoesNotKnowExceptComposeOnes() {
        Set<String> composeOnly = Set.of("MYSQL_ROOT_PASSWORD", "INFLUXDB_PORT", "INFLUXDB_USERNAME",
                "INFLUXDB_PASSWORD", "GRAFANA_PORT", "GRAFANA_ADMIN_USER", "GRAFANA_ADMIN_PASSWORD");
        for (String variable : SHARED) {
            boolean known = composeOnly.contains(variable)
                    || java.util.Arrays.stream(Setting.values()).anyMatch(s -> s.variables().contains(variable));
            assertThat(known).as(variable + " is read by the app or by docker compose").isTrue();
        }
    }
}
