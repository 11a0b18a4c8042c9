package dev.artificer.system.algotrader.adapters.jdbc;

import dev.artificer.component.testsupport.services.MysqlEndpoint;
import dev.artificer.component.testsupport.services.TestServices;
import dev.artificer.infrastructure.mysql.DatabaseSettings;

/** The relational contract on a real MySQL or MariaDB server. */
class MysqlRelationalStoreIT extends RelationalStoreContract {

    @Override
    DatabaseSettings settings() {
        MysqlEndpoint mysql = TestServices.from(System.getenv()).mysql();
        return DatabaseSettings.builder(mysql.jdbcUrl() + "?rewriteBatchedStatements=true")
                .credentials(mysql.user(), mysql.password()).build();
    }
}
