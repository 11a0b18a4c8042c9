package dev.artificer.system.algotrader.adapters.file;

import dev.artificer.infrastructure.schwab.oauth.SchwabTokens;
import dev.artificer.system.algotrader.auth.TokenCipher;
import dev.artificer.system.algotrader.auth.TokenStorage;
import dev.artificer.system.algotrader.auth.TokenStorageException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the Schwab tokens in one JSON file (the embedded default): readable by its owner only, replaced
 * atomically so a crash never leaves half a file, and optionally encrypted through the {@link TokenCipher}.
 */
public final class FileTokenStore implements TokenStorage {

    /** The file's content; {@code accessTokenIssuedAt} is absent in files of older versions. */
    record TokenFile(String accessToken, Instant accessTokenIssuedAt, Instant accessTokenExpiresAt, String refreshToken,
                     Instant refreshTokenIssuedAt) {
    }

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path file;
    private final TokenCipher cipher;
    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * Creates the store.
     *
     * @param file   the token file; its directory is created when needed
     * @param cipher seals tokens at rest
     */
    public FileTokenStore(Path file, TokenCipher cipher) {
        this.file = file.toAbsolutePath();
        this.cipher = cipher;
    }

    @Override
    public synchronized Optional<SchwabTokens> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            TokenFile stored = json.readValue(file.toFile(), TokenFile.class);
            return Optional.of(new SchwabTokens(cipher.open(stored.accessToken()),
                    TokenStorage.issuedAtOrAssumed(stored.accessTokenIssuedAt(), stored.accessTokenExpiresAt()),
                    stored.accessTokenExpiresAt(), cipher.open(stored.refreshToken()), stored.refreshTokenIssuedAt()));
        } catch (JacksonException | IllegalArgumentException | NullPointerException unreadable) {
            throw new TokenStorageException("the token file " + file + " is unreadable; run `auth logout` and log in "
                    + "again");
        }
    }

    @Override
    public synchronized void save(SchwabTokens tokens) {
        TokenFile content = new TokenFile(cipher.seal(tokens.accessToken()), tokens.accessTokenIssuedAt(),
                tokens.accessTokenExpiresAt(),
                cipher.seal(tokens.refreshToken()), tokens.refreshTokenIssuedAt());
        try {
            Path directory = Files.createDirectories(file.getParent(), ownerOnly("rwx------"));
            Path temporary = Files.createTempFile(directory, ".schwab-tokens", ".tmp", ownerOnly("rw-------"));
            try {
                Files.write(temporary, json.writeValueAsBytes(content));
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException failure) {
            throw new TokenStorageException("cannot write the token file " + file + ": " + failure.getMessage());
        }
    }

    @Override
    public synchronized void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException failure) {
            throw new TokenStorageException("cannot delete the token file " + file + ": " + failure.getMessage());
        }
    }

    @Override
    public String location() {
        return "file " + file;
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }
}
