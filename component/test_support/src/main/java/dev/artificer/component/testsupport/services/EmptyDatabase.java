package dev.artificer.component.testsupport.services;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Empties a shared test database before a test: drops every table of the connection's schema with foreign key checks
 * off, so that tables other modules' migrations left behind (with keys between them) never block the drop.
 */
public final class EmptyDatabase {

    private EmptyDatabase() {
    }

    /**
     * Drops every table of the current schema on this one connection (the key checks are a per-session setting).
     *
     * @param connection a connection to MySQL, MariaDB or H2
     * @return the tables dropped
     * @throws SQLException when a table cannot be dropped
     */
    public static List<String> dropAllTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (tables.isEmpty()) {
                return tables;
            }
            boolean h2 = connection.getMetaData().getDatabaseProductName().toUpperCase(Locale.ROOT).contains("H2");
            statement.execute(h2 ? "SET REFERENTIAL_INTEGRITY FALSE" : "SET FOREIGN_KEY_CHECKS = 0");
            try {
                for (String table : tables) {
                    statement.execute("DROP TABLE IF EXISTS " + table);
                }
            } finally {
                statement.execute(h2 ? "SET REFERENTIAL_INTEGRITY TRUE" : "SET FOREIGN_KEY_CHECKS = 1");
            }
        }
        return tables;
    }
}
