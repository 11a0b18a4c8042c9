package dev.artificer.system.algotrader.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class DockerComposeTest {

    private static final String TEXT = RepositoryFiles.read("docker-compose.yml");
    private static final Map<String, Object> COMPOSE = new Yaml().load(TEXT);
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:-[^}]*)?}");

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() {
        return (Map<String, Map<String, Object>>) COMPOSE.get("services");
    }

    private static String image(String service) {
        return (String) services().get(service).get("image");
    }

    @Test
    void composeDefinesTheFourServices() {
        assertThat(services()).containsOnlyKeys("redis", "influxdb", "mysql", "grafana");
    }

    @Test
    void everyImageIsPinnedToAVersion() {
        for (String service : services().keySet()) {
            assertThat(image(service)).as(service).matches("[a-z/]+:\\d+(\\.\\d+)+");
        }
    }

    @Test
    void imagesAreTheAgreedMajorVersions() {
        assertThat(image("redis")).startsWith("redis:7.");
        assertThat(image("influxdb")).startsWith("influxdb:2.7");
        assertThat(image("mysql")).startsWith("mysql:8.4");
        assertThat(image("grafana")).startsWith("grafana/grafana:");
    }

    @Test
    void everyServiceHasAHealthcheck() {
        services().forEach((name, service) -> assertThat(service).as(name).containsKey("healthcheck"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void portsArePublishedOnLoopbackOnlyFromVariables() {
        services().forEach((name, service) -> ((List<String>) service.get("ports")).forEach(port ->
                assertThat(port).as(name).startsWith("127.0.0.1:${").contains(":-")));
    }

    @Test
    void grafanaPublishesThePortTheDashboardsAreOn() {
        assertThat(TEXT).contains("127.0.0.1:${GRAFANA_PORT:-3000}:3000");
    }

    @Test
    @SuppressWarnings("unchecked")
    void dataLivesInNamedVolumes() {
        Set<String> declared = ((Map<String, Object>) COMPOSE.get("volumes")).keySet();
        services().forEach((name, service) -> {
            List<String> mounts = (List<String>) service.get("volumes");
            assertThat(mounts).as(name).anySatisfy(mount -> assertThat(declared).contains(mount.split(":")[0]));
        });
    }

    @Test
    void everyVariableHasADefaultAndIsInTheSharedTemplate() {
        Set<String> template = RepositoryFiles.templateVariables("artificer.env.template");
        Set<String> used = VARIABLE.matcher(TEXT).results().map(match -> match.group(1)).collect(Collectors.toSet());

        assertThat(used).isNotEmpty();
        assertThat(template).containsAll(used);
        assertThat(VARIABLE.matcher(TEXT).results()).allSatisfy(match -> assertThat(match.group(2)).isNotNull());
    }

    @Test
    void influxdbIsInitialisedAutomatically() {
        assertThat(TEXT).contains("DOCKER_INFLUXDB_INIT_MODE: setup").contains("DOCKER_INFLUXDB_INIT_ADMIN_TOKEN");
    }

    @Test
    void grafanaAllowsAnonymousViewersAndMountsProvisioning() {
        assertThat(TEXT).contains("GF_AUTH_ANONYMOUS_ENABLED: \"true\"").contains("GF_AUTH_ANONYMOUS_ORG_ROLE: Viewer")
                .contains("/etc/grafana/provisioning");
    }
}
