package dev.artificer.system.algotrader.wiring;

import dev.artificer.infrastructure.mysql.DatabaseSettings;
import java.nio.file.Path;

/**
 * The embedded relational database: an H2 file under the data directory ({@code <data dir>/db/algo_trader.mv.db}),
 * in MySQL mode so that the same Flyway migrations and SQL run on it.
 *
 * <p>{@code WRITE_DELAY=0}: a commit is written to the file before it is acknowledged (H2's default keeps it in
 * memory for up to 500 ms), so an order journaled as sent survives the process being killed.
 *
 * <p>H2 closes the database from a shutdown hook of its own (automatic mixed mode does not allow
 * {@code DB_CLOSE_ON_EXIT=FALSE}), in parallel with the application's stopping: work in flight then fails with H2's
 * "closed at shutdown" error, which the ingestion takes as its cue to stop (the chunk in flight is not recorded and is
 * fetched again next run). {@code TRACE_LEVEL_FILE=4} sends H2's own error trace to the application's logging
 * (switched off there: the application reports the failures it meets) instead of a {@code .trace.db} file beside the
 * database.
 *
 * <p>{@code AUTO_SERVER=TRUE}: the first process to open the file serves it to the others over TCP (H2's automatic
 * mixed mode: a random port, usable only with the random key H2 writes to the lock file beside the database), so
 * commands work while the service runs. That server listens on loopback only ({@link #serveOnLoopbackOnly()}).
 */
public final class EmbeddedDatabase {

    /** The folder of the data directory the database files are in. */
    public static final String FOLDER = "db";

    private static final String BIND_ADDRESS = "h2.bindAddress";

    private EmbeddedDatabase() {
    }

    /**
     * Makes the server H2 starts for other processes listen on 127.0.0.1 instead of every interface, through H2's
     * only switch for it, the JVM-wide system property {@code h2.bindAddress} (read once, when H2 is first used; so
     * call this before anything opens a database). A value the user set with {@code -Dh2.bindAddress} is kept.
     */
    public static void serveOnLoopbackOnly() {
        if (System.getProperty(BIND_ADDRESS) == null) {
            System.setProperty(BIND_ADDRESS, "127.0.0.1");
        }
    }

    /**
     * The file the database lives in, without H2's {@code .mv.db} suffix.
     *
     * @param dataDir the data directory
     * @return {@code <data dir>/db/algo_trader}
     */
    public static Path file(Path dataDir) {
        return dataDir.resolve(FOLDER).resolve("algo_trader");
    }

    /**
     * Connection settings for the embedded database.
     *
     * @param dataDir the data directory
     * @return the settings
     */
    public static DatabaseSettings settings(Path dataDir) {
        return DatabaseSettings.builder("jdbc:h2:file:" + file(dataDir)
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0;TRACE_LEVEL_FILE=4;AUTO_SERVER=TRUE")
                .poolName("algo-trader-h2").build();
    }
}
