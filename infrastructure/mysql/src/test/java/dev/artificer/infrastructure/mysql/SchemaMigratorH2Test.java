package dev.artificer.infrastructure.mysql;

import java.util.UUID;

/** The migration contract on H2, the embedded default database (a fresh in-memory database per test). */
class SchemaMigratorH2Test extends SchemaMigratorContract {

    @Override
    DatabaseSettings settings() {
        return DatabaseSettings.builder("jdbc:h2:mem:migrator-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=MySQL").poolName("h2-test").build();
    }
}
