package dev.artificer.system.algotrader.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.testsupport.services.EmptyDatabase;
import dev.artificer.component.testsupport.services.MysqlEndpoint;
import dev.artificer.component.testsupport.services.TestServices;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same commands as on a fresh machine, with MySQL/MariaDB configured: the data lands there. */
class MysqlBackedE2E {

    @TempDir
    Path home;

    private MysqlEndpoint mysql;
    private Map<String, String> environment;

    @BeforeEach
    void emptyDatabase() throws Exception {
        mysql = TestServices.from(System.getenv()).mysql();
        URI uri = URI.create(mysql.jdbcUrl().substring("jdbc:".length()));
        environment = Map.of("MYSQL_HOST", uri.getHost(), "MYSQL_PORT", String.valueOf(uri.getPort()),
                "MYSQL_DATABASE", uri.getPath().substring(1), "MYSQL_USER", mysql.user(),
                "MYSQL_PASSWORD", mysql.password());
        try (Connection connection = DriverManager.getConnection(mysql.jdbcUrl(), mysql.user(), mysql.password())) {
            EmptyDatabase.dropAllTables(connection);
        }
    }

    private int count(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(mysql.jdbcUrl(), mysql.user(), mysql.password());
             Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }

    @Test
    void backfillAndCompanyUseTheConfiguredMysql() throws Exception {
        assertThat(JarRun.run(home, environment, "watchlist", "add", "MSFT").out()).contains("added MSFT");

        JarRun.Result backfill = JarRun.run(home, environment, "backfill", "--timeframes", "daily,30m");
        JarRun.Result company = JarRun.run(home, environment, "company", "MSFT");

        assertThat(backfill.exitCode()).as(backfill.all()).isZero();
        assertThat(backfill.out()).contains("into jdbc:mysql://");
        assertThat(company.out()).contains("MSFT  MSFT Corp. (simulated)");
        assertThat(count("SELECT COUNT(*) FROM bars WHERE symbol = 'MSFT' AND timeframe = 'daily'")).isGreaterThan(1_000);
        assertThat(count("SELECT COUNT(*) FROM companies")).isEqualTo(1);
        assertThat(home.resolve(".artificer/algo_trader/db")).doesNotExist();
    }
}
