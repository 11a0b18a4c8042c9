package dev.artificer.system.algotrader.adapters.jdbc;

import dev.artificer.infrastructure.mysql.DatabaseSettings;
import java.util.UUID;

/** The relational contract on H2 in MySQL mode, as the embedded default uses it (in memory here). */
class H2RelationalStoreTest extends RelationalStoreContract {

    @Override
    DatabaseSettings settings() {
        return DatabaseSettings.builder("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "DB_CLOSE_DELAY=-1").build();
    }
}
