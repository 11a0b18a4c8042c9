package dev.artificer.system.algotrader.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
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
    void aBackfillSurvivesTheProcessThatServedItTheDatabaseExiting() throws Exception {
        assertThat(JarRun.run(home, Map.of(), "watchlist", "add", "AAPL", "MSFT", "NVDA", "AMZN", "GOOG").exitCode())
                .isZero();
        JarRun.Background service = JarRun.start(home, Map.of("ALGO_TRADER_HTTP_PORT", String.valueOf(JarRun.freePort())));
        service.awaitLine("job ingest-companies finished");

        JarRun.Background backfill = JarRun.start(home, Map.of(), "backfill");
        backfill.awaitLine("[2/30]");
        service.stop();
        String backfillWhenTheServiceExited = service.process().onExit().thenApply(exited -> backfill.outputSoFar())
                .get(60, TimeUnit.SECONDS);
        JarRun.Result backfilled = backfill.await();

        assertThat(service.await().exitCode()).isIn(0, 143);
        assertThat(backfillWhenTheServiceExited).as("the service stopped while the backfill ran").doesNotContain("Done:");
        assertThat(backfilled.exitCode()).as(backfilled.all()).isZero();
        assertThat(backfilled.out()).as(backfilled.all()).contains("0 of 30 series failed").doesNotContain("\tat ", "WARN");
    }

    @Test
    void stoppingABackfillEndsItAtAChunkBoundaryWithTheDatabaseStillOpenAndTheNextOneResumes() throws Exception {
        assertThat(JarRun.run(home, Map.of(), "watchlist", "add", "AAPL", "MSFT", "NVDA", "AMZN", "GOOG").exitCode())
                .isZero();
        JarRun.Background backfill = JarRun.start(home, Map.of(), "backfill");
        backfill.awaitLine("[2/30]");

        backfill.stop();
        JarRun.Result stopped = backfill.await();

        assertThat(stopped.out()).as(stopped.all()).contains("Stopped: ").contains("series not finished");
        assertThat(stopped.all()).doesNotContain("already closed", "has been closed", "\tat ", "WARN", "ERROR");
        try (var files = Files.list(home.resolve(".artificer/algo_trader/db"))) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).as("H2 writes a trace file on errors")
                    .noneMatch(name -> name.endsWith(".trace.db"));
        }
        JarRun.Result resumed = JarRun.run(home, Map.of(), "backfill");
        assertThat(resumed.exitCode()).as(resumed.all()).isZero();
        assertThat(resumed.out()).contains("0 of 30 series failed");
    }

    @Test
    void theServerForOtherProcessesAnswersOnLoopbackButNotOnTheMachinesOtherAddresses() throws Exception {
        Optional<InetAddress> external = externalAddress();
        Assumptions.assumeTrue(external.isPresent(), "this machine has no address besides loopback");
        Path lockFile = home.resolve(".artificer/algo_trader/db/algo_trader.lock.db");
        AtomicReference<String> server = new AtomicReference<>();
        AtomicBoolean onLoopback = new AtomicBoolean();
        AtomicBoolean onExternal = new AtomicBoolean();

        JarRun.Result service = JarRun.runUntil(home, Map.of("ALGO_TRADER_HTTP_PORT", String.valueOf(JarRun.freePort())),
                line -> {
                    if (!line.contains("job ingest-companies finished")) {
                        return false;
                    }
                    Properties lock = new Properties();
                    try (var in = Files.newInputStream(lockFile)) {
                        lock.load(in);
                    } catch (IOException unreadable) {
                        throw new UncheckedIOException(unreadable);
                    }
                    server.set(lock.getProperty("server"));
                    int port = Integer.parseInt(server.get().substring(server.get().lastIndexOf(':') + 1));
                    onLoopback.set(accepts(InetAddress.getLoopbackAddress(), port));
                    onExternal.set(accepts(external.get(), port));
                    return true;
                });

        assertThat(server.get()).as(service.all()).isNotNull();
        assertThat(onLoopback).as("connects on 127.0.0.1 to %s", server.get()).isTrue();
        assertThat(onExternal).as("connects on %s to %s", external.get(), server.get()).isFalse();
    }

    private static Optional<InetAddress> externalAddress() throws IOException {
        return NetworkInterface.networkInterfaces().filter(EmbeddedDatabaseE2E::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress()
                        && !address.isLinkLocalAddress())
                .findFirst();
    }

    private static boolean isUp(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp();
        } catch (java.net.SocketException unknown) {
            return false;
        }
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
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
