package dev.artificer.infrastructure.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

class PooledDataSourcesIT {

    @Test
    void unreachableServerFailsAtOpenWithTheUrlAndWithoutThePassword() {
        DatabaseSettings nowhere = DatabaseSettings.builder("jdbc:mysql://127.0.0.1:1/none")
                .credentials("trader", "very-secret-pw").connectionTimeout(Duration.ofMillis(500)).build();

        assertThatThrownBy(() -> PooledDataSources.open(nowhere))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("jdbc:mysql://127.0.0.1:1/none")
                .hasMessageNotContaining("very-secret-pw");
    }

    @Test
    void aConnectionBrokenByItsServerGoingAwayIsNotHandedOutAgain() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Server server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists").start();
        DatabaseSettings settings = DatabaseSettings.builder("jdbc:h2:tcp://127.0.0.1:" + port + "/mem:evict")
                .maximumPoolSize(1).build();
        try (HikariDataSource pool = PooledDataSources.open(settings)) {
            assertThat(selectOne(pool)).isTrue();
            server.stop();
            server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists").start();

            boolean first = selectOne(pool);
            boolean second = selectOne(pool);

            assertThat(first || second).as("a query right after the broken one gets a new connection").isTrue();
        } finally {
            server.stop();
        }
    }

    private static boolean selectOne(HikariDataSource pool) {
        try (Connection connection = pool.getConnection();
             var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT 1")) {
            return result.next();
        } catch (SQLException broken) {
            return false;
        }
    }
}
