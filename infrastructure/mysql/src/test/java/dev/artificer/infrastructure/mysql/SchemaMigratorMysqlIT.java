package dev.artificer.infrastructure.mysql;

import dev.artificer.component.testsupport.services.MysqlEndpoint;
import dev.artificer.component.testsupport.services.TestServices;

/** The migration contract on a real MySQL or MariaDB server. */
class SchemaMigratorMysqlIT extends SchemaMigratorContract {

    @Override
    DatabaseSettings settings() {
        MysqlEndpoint mysql = TestServices.from(System.getenv()).mysql();
        return DatabaseSettings.builder(mysql.jdbcUrl()).credentials(mysql.user(), mysql.password())
                .poolName("mysql-it").build();
    }
}
