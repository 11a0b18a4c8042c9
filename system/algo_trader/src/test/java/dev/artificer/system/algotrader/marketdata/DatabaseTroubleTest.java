package dev.artificer.system.algotrader.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the real H2 driver throws, sorted into the database's fault (worth retrying) and the work's (not). */
class DatabaseTroubleTest {

    @TempDir
    Path folder;

    @Test
    void aStatementOnAConnectionWhoseServerStoppedIsTheDatabasesFault() throws Exception {
        Server server = Server.createTcpServer("-tcpPort", "0", "-tcpAllowOthers", "-ifNotExists",
                "-baseDir", folder.toString()).start();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/served", "sa", "")) {
            server.stop();

            Throwable failure = catchThrowable(() -> connection.createStatement().execute("SELECT 1"));

            assertThat(failure).isNotNull();
            assertThat(DatabaseTrouble.causedBy(new IllegalStateException("wrapped", failure))).as("%s", failure).isTrue();
        }
    }

    @Test
    void aConstraintViolationIsTheWorksFault() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:constraint");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE bars (id INT PRIMARY KEY)");
            statement.execute("INSERT INTO bars VALUES (1)");

            Throwable failure = catchThrowable(() -> statement.execute("INSERT INTO bars VALUES (1)"));

            assertThat(failure).isNotNull();
            assertThat(DatabaseTrouble.causedBy(failure)).as("%s", failure).isFalse();
        }
    }

    @Test
    void badSqlIsTheWorksFault() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:syntax");
             Statement statement = connection.createStatement()) {
            Throwable failure = catchThrowable(() -> statement.execute("SELEKT 1"));

            assertThat(DatabaseTrouble.causedBy(failure)).as("%s", failure).isFalse();
        }
    }

    @Test
    void aFailureWithoutAnySqlExceptionIsNotTheDatabases() {
        assertThat(DatabaseTrouble.causedBy(new IllegalStateException("the source answered 500"))).isFalse();
    }
}
