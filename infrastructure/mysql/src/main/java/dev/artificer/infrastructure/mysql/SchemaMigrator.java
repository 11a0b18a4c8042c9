package dev.artificer.infrastructure.mysql;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations found at caller-given locations (e.g. {@code classpath:db/migration/algo_trader})
 * to a database: the same scripts run on MySQL 8, MariaDB and H2.
 */
public final class SchemaMigrator {

    private final List<String> locations;

    /**
     * A migrator over the given locations.
     *
     * @param locations Flyway locations, at least one
     */
    public SchemaMigrator(List<String> locations) {
        if (locations == null || locations.isEmpty()) {
            throw new IllegalArgumentException("at least one migration location is needed");
        }
        this.locations = List.copyOf(locations);
    }

    /**
     * Brings the database up to the newest migration.
     *
     * @param dataSource the database
     * @return how many migrations ran and the resulting version
     * @throws MigrationFailedException when a migration fails or the history does not match the scripts
     */
    public MigrationResult migrate(DataSource dataSource) {
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(locations.toArray(String[]::new))
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                    : result.initialSchemaVersion;
            return new MigrationResult(result.migrationsExecuted, version == null ? "empty" : version);
        } catch (FlywayException failure) {
            throw new MigrationFailedException("database migration from " + locations + " failed: "
                    + failure.getMessage(), failure);
        }
    }
}
