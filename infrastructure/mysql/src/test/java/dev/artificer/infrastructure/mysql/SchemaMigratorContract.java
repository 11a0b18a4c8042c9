package dev.artificer.infrastructure.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.artificer.component.testsupport.services.EmptyDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every supported database shows, run once per database by its subclasses, each on an emptied database. */
abstract class SchemaMigratorContract {

    private static final List<String> TEST_MIGRATIONS = List.of("classpath:db/testmigration");

    private HikariDataSource dataSource;

    abstract DatabaseSettings settings();

    @BeforeEach
    void openCleanDatabase() throws SQLException {
        dataSource = PooledDataSources.open(settings());
        try (Connection connection = dataSource.getConnection()) {
            EmptyDatabase.dropAllTables(connection);
        }
    }

    @AfterEach
    void close() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    @Test
    void migrationsRunInOrderOnAnEmptyDatabase() throws SQLException {
        MigrationResult result = new SchemaMigrator(TEST_MIGRATIONS).migrate(dataSource);

        assertThat(result).isEqualTo(new MigrationResult(2, "2"));
        execute("INSERT INTO it_widgets (id, name, price) VALUES (1, 'gear', 12.5)");
        assertThat(price(1)).isEqualByComparingTo(new BigDecimal("12.5"));
    }

    @Test
    void secondRunAppliesNothingAndKeepsTheData() throws SQLException {
        SchemaMigrator migrator = new SchemaMigrator(TEST_MIGRATIONS);
        migrator.migrate(dataSource);
        execute("INSERT INTO it_widgets (id, name, price) VALUES (7, 'cog', 1.25)");

        assertThat(migrator.migrate(dataSource)).isEqualTo(new MigrationResult(0, "2"));
        assertThat(price(7)).isEqualByComparingTo(new BigDecimal("1.25"));
    }

    @Test
    void failingMigrationIsReportedWithItsLocation() {
        assertThatThrownBy(() -> new SchemaMigrator(List.of("classpath:db/brokenmigration")).migrate(dataSource))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("db/brokenmigration");
    }

    @Test
    void missingLocationIsReported() {
        assertThatThrownBy(() -> new SchemaMigrator(List.of("classpath:db/nowhere")).migrate(dataSource))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("db/nowhere");
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private BigDecimal price(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT price FROM it_widgets WHERE id = " + id)) {
            assertThat(row.next()).as("row %d exists", id).isTrue();
            return row.getBigDecimal(1);
        }
    }
}
