package dev.artificer.system.algotrader.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.artificer.infrastructure.mysql.PooledDataSources;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An order the app journaled as sent on the embedded database is still there after the process is killed with
 * SIGKILL (no shutdown hook, no close): the commit was on disk when it was acknowledged.
 */
class EmbeddedDatabaseKillIT {

    @TempDir
    Path dataDir;

    @Test
    void everyOrderAcknowledgedBeforeAKillIsThereAfterTheRestart() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SendingProcess.class.getName(), dataDir.toString()).redirectErrorStream(true).start();
        List<String> acknowledged = new ArrayList<>();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = child.inputReader(StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith("sent ")) {
                    acknowledged.add(line.substring("sent ".length()));
                    if (acknowledged.size() == 20) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).as("the child's output:%n%s", output).hasSize(20);
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);

        try (HikariDataSource pool = PooledDataSources.open(EmbeddedDatabase.settings(dataDir))) {
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            List<String> orders = jdbc.queryForList("SELECT client_key FROM trade_orders", String.class);
            List<String> decisions = jdbc.queryForList("SELECT client_key FROM decisions", String.class);
            assertThat(orders).containsAll(acknowledged);
            assertThat(decisions).containsAll(acknowledged);
        }
    }
}
