package dev.artificer.system.algotrader.trading;

import com.zaxxer.hikari.HikariDataSource;
import dev.artificer.component.testsupport.services.EmptyDatabase;
import dev.artificer.component.testsupport.services.MysqlEndpoint;
import dev.artificer.component.testsupport.services.TestServices;
import dev.artificer.infrastructure.mysql.DatabaseSettings;
import dev.artificer.infrastructure.mysql.PooledDataSources;
import dev.artificer.infrastructure.mysql.SchemaMigrator;
import dev.artificer.system.algotrader.wiring.DataWiring;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** An emptied database migrated to the newest schema, for the trading tests: H2 in memory, or the test MariaDB. */
public final class MigratedDatabase implements AutoCloseable {

    private final HikariDataSource pool;
    private final JdbcTemplate jdbc;

    private MigratedDatabase(DatabaseSettings settings) {
        pool = PooledDataSources.open(settings);
        jdbc = new JdbcTemplate(pool);
        dropAllTables();
        new SchemaMigrator(DataWiring.MIGRATIONS).migrate(pool);
    }

    private void dropAllTables() {
        jdbc.execute((ConnectionCallback<List<String>>) EmptyDatabase::dropAllTables);
    }

    /**
     * A fresh H2 database in memory, in MySQL mode as the embedded default runs it.
     *
     * @return the database
     */
    public static MigratedDatabase h2() {
        return new MigratedDatabase(DatabaseSettings.builder("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1").build());
    }

    /**
     * The test MySQL/MariaDB database, emptied (skipped, or failed when required, without one).
     *
     * @return the database
     */
    public static MigratedDatabase mysql() {
        MysqlEndpoint mysql = TestServices.from(System.getenv()).mysql();
        return new MigratedDatabase(DatabaseSettings.builder(mysql.jdbcUrl() + "?rewriteBatchedStatements=true")
                .credentials(mysql.user(), mysql.password()).build());
    }

    /**
     * SQL access.
     *
     * @return the template
     */
    public JdbcTemplate jdbc() {
        return jdbc;
    }

    @Override
    public void close() {
        pool.close();
    }
}
