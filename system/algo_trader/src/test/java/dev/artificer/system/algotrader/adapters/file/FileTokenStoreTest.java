package dev.artificer.system.algotrader.adapters.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.schwab.oauth.SchwabTokens;
import dev.artificer.system.algotrader.auth.TokenCipher;
import dev.artificer.system.algotrader.auth.TokenStorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTokenStoreTest {

    private static final SchwabTokens TOKENS = new SchwabTokens("access-AAA", Instant.parse("2026-11-22T12:00:00Z"),
            Instant.parse("2026-11-22T12:30:00Z"),
            "refresh-RRR", Instant.parse("2026-11-20T09:00:00Z"));

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("state").resolve("schwab-tokens.json");
    }

    @Test
    void nothingStoredMeansEmpty() {
        assertThat(new FileTokenStore(file(), TokenCipher.forKey("")).load()).isEmpty();
    }

    @Test
    void savedTokensLoadBackEqual() {
        FileTokenStore store = new FileTokenStore(file(), TokenCipher.forKey(""));
        store.save(TOKENS);

        assertThat(store.load()).contains(TOKENS);
    }

    @Test
    void fileAndDirectoryAreReadableByTheOwnerOnly() throws IOException {
        new FileTokenStore(file(), TokenCipher.forKey("")).save(TOKENS);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file().getParent()))).isEqualTo("rwx------");
    }

    @Test
    void replacingTheTokensLeavesNoTemporaryFiles() throws IOException {
        FileTokenStore store = new FileTokenStore(file(), TokenCipher.forKey(""));
        store.save(TOKENS);
        store.save(TOKENS.refreshed("access-BBB", Instant.parse("2026-11-22T12:30:00Z"),
                Instant.parse("2026-11-22T13:00:00Z"), null));

        try (var files = Files.list(file().getParent())) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("schwab-tokens.json");
        }
        assertThat(store.load().orElseThrow().accessToken()).isEqualTo("access-BBB");
    }

    @Test
    void withAKeyTheFileHoldsNoTokenInTheClear() throws IOException {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        FileTokenStore store = new FileTokenStore(file(), TokenCipher.forKey(key));
        store.save(TOKENS);

        assertThat(Files.readString(file())).doesNotContain("access-AAA", "refresh-RRR");
        assertThat(store.load()).contains(TOKENS);
    }

    @Test
    void aFileOfAnOlderVersionWithoutTheIssueInstantCountsItsTokenAsSchwabsThirtyMinuteOne() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"accessToken\":\"access-AAA\",\"accessTokenExpiresAt\":\"2026-11-22T12:30:00Z\","
                + "\"refreshToken\":\"refresh-RRR\",\"refreshTokenIssuedAt\":\"2026-11-20T09:00:00Z\"}");

        assertThat(new FileTokenStore(file(), TokenCipher.forKey("")).load()).contains(TOKENS);
    }

    @Test
    void corruptFileAsksForANewLogin() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{ not json");

        assertThatThrownBy(() -> new FileTokenStore(file(), TokenCipher.forKey("")).load())
                .isInstanceOf(TokenStorageException.class)
                .hasMessageContaining("auth logout");
    }

    @Test
    void clearDeletesTheFile() {
        FileTokenStore store = new FileTokenStore(file(), TokenCipher.forKey(""));
        store.save(TOKENS);
        store.clear();

        assertThat(file()).doesNotExist();
        assertThat(store.load()).isEmpty();
    }
}
