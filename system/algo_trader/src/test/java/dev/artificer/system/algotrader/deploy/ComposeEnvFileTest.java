package dev.artificer.system.algotrader.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Plain {@code docker compose up} interpolates the compose file from {@code .env}, not from {@code artificer.env}:
 * every documented way of starting the services must name {@code artificer.env}, and a value set there must reach
 * the compose file when it is interpolated as Compose does ({@code ${NAME:-default}}: the default when unset or empty).
 */
class ComposeEnvFileTest {

    private static final Pattern COMPOSE_UP = Pattern.compile("docker compose[^`\\n]*\\bup\\b[^`\\n]*");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::-([^}]*))?}");
    private static final Pattern ASSIGNMENT = Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$");

    @Test
    void everyDocumentedComposeUpReadsArtificerEnv() {
        for (String file : List.of("README.md", "docker-compose.yml", "system/algo_trader/README.md")) {
            Matcher command = COMPOSE_UP.matcher(RepositoryFiles.read(file));
            while (command.find()) {
                assertThat(command.group()).as(file).contains("--env-file artificer.env");
            }
        }
        assertThat(COMPOSE_UP.matcher(RepositoryFiles.read("README.md")).find()).isTrue();
    }

    @Test
    void aPortSetInArtificerEnvIsThePortComposePublishes() {
        Map<String, String> env = dotenv("""
                # as a user edits a copy of artificer.env.template
                export REDIS_PORT=6390
                export GRAFANA_PORT="3300"
                export MYSQL_PORT=
                """);

        Map<String, Object> compose = new Yaml().load(interpolate(RepositoryFiles.read("docker-compose.yml"), env));

        assertThat(ports(compose, "redis")).containsExactly("127.0.0.1:6390:6379");
        assertThat(ports(compose, "grafana")).containsExactly("127.0.0.1:3300:3000");
        assertThat(ports(compose, "mysql")).containsExactly("127.0.0.1:3306:3306");
    }

    @Test
    void theTemplateAsCopiedGivesTheComposeDefaults() {
        Map<String, String> env = dotenv(RepositoryFiles.read("artificer.env.template"));

        Map<String, Object> compose = new Yaml().load(interpolate(RepositoryFiles.read("docker-compose.yml"), env));
        Map<String, Object> defaults = new Yaml().load(interpolate(RepositoryFiles.read("docker-compose.yml"), Map.of()));

        assertThat(compose).isEqualTo(defaults);
    }

    @SuppressWarnings("unchecked")
    private static List<String> ports(Map<String, Object> compose, String service) {
        return (List<String>) ((Map<String, Map<String, Object>>) compose.get("services")).get(service).get("ports");
    }

    private static Map<String, String> dotenv(String text) {
        Map<String, String> values = new HashMap<>();
        for (String line : text.split("\\R")) {
            Matcher assignment = ASSIGNMENT.matcher(line);
            if (!line.strip().startsWith("#") && assignment.matches()) {
                values.put(assignment.group(1), assignment.group(2).strip().replaceAll("^\"(.*)\"$", "$1"));
            }
        }
        return values;
    }

    private static String interpolate(String compose, Map<String, String> env) {
        return VARIABLE.matcher(compose).replaceAll(match -> {
            String value = env.getOrDefault(match.group(1), "");
            return Matcher.quoteReplacement(value.isEmpty() && match.group(2) != null ? match.group(2) : value);
        });
    }
}
