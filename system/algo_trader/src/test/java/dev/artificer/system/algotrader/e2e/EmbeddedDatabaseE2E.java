package dev.artificer.system.algotrader.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded H2 database as a user meets it through the jar: its data directory, its server, two processes. */
class EmbeddedDatabaseE2E {

    @TempDir
    Path home;

    @BeforeAll
    static void jarWasBuilt() {
        assertThat(JarRun.JAR).as("run ./mvnw package first").exists();
    }

    @Test
    void theDataDirectoryAndTheDatabaseFolderAreMadeOwnerOnly() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "decisions", "list");

        assertThat(result.exitCode()).as(result.all()).isZero();
        Path dataDir = home.resolve(".artificer/algo_trader");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("db"))))
                .isEqualTo("rwx------");
    }

    @Test
    void anUnusableDataDirectoryIsOneLineNamingIt() throws Exception {
        Path file = Files.writeString(home.resolve("a-file"), "not a directory");
        Path dataDir = file.resolve("algo_trader");

        JarRun.Result result = JarRun.run(home, Map.of("ALGO_TRADER_DATA_DIR", dataDir.toString()), "decisions", "list");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.out()).as(result.all()).isEmpty();
        assertThat(result.err().lines()).as(result.all()).singleElement().asString()
                .startsWith("list: the data directory " + dataDir + " is not usable: " + file
                        + " exists and is not a directory");
    }
}
