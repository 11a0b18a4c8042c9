package dev.artificer.system.algotrader.userstrategy;

import dev.artificer.system.algotrader.config.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.stream.Stream;

/**
 * The user's strategies folder: its {@code .java} and {@code .rules} files, read only when the folder and every file
 * in it are owned by the user running the app and writable by nobody else (as ssh insists for keys), because a
 * strategy is code run with the user's rights.
 *
 * @param path the folder
 */
public record StrategyFolder(Path path) {

    /** The endings of the files the folder's strategies are read from. */
    public static final List<String> ENDINGS = List.of(".java", ".rules");

    /**
     * Reads every strategy file, in name order; none when the folder does not exist.
     *
     * @return the sources
     * @throws StrategyFolderException when the folder or a file is not safe, or cannot be read
     */
    public List<StrategySource> read() {
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        UserPrincipal me = checkSafe(path, null);
        try (Stream<Path> files = Files.list(path)) {
            List<Path> strategyFiles = files.filter(StrategyFolder::isStrategyFile).sorted().toList();
            return strategyFiles.stream().map(file -> {
                checkSafe(file, me);
                return StrategySource.of(file, readText(file));
            }).toList();
        } catch (IOException unreadable) {
            throw new StrategyFolderException("cannot read the strategies folder " + path + ": " + unreadable.getMessage());
        }
    }

    /**
     * Makes the folder, and any missing parent such as the data directory, owner-only when it does not exist.
     *
     * @return the folder
     */
    public Path create() {
        try {
            return Files.createDirectories(path, DataDirectory.ownerOnly());
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot create the strategies folder " + path, failed);
        }
    }

    static boolean isStrategyFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && ENDINGS.stream().anyMatch(name::endsWith);
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new StrategyFolderException("cannot read " + file + ": " + unreadable.getMessage());
        }
    }

    private static UserPrincipal checkSafe(Path file, UserPrincipal expectedOwner) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (view == null) {
                return null;
            }
            PosixFileAttributes attributes = view.readAttributes();
            UserPrincipal owner = expectedOwner != null ? expectedOwner : currentUser(file);
            if (owner != null && !attributes.owner().equals(owner)) {
                throw new StrategyFolderException("refusing " + file + ": it is owned by " + attributes.owner().getName()
                        + ", not by you (" + owner.getName() + "); a strategy is code run with your rights");
            }
            if (attributes.permissions().contains(PosixFilePermission.GROUP_WRITE)
                    || attributes.permissions().contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new StrategyFolderException("refusing " + file + ": others may write to it (fix with: chmod go-w "
                        + file + "); a strategy is code run with your rights");
            }
            return owner;
        } catch (IOException unreadable) {
            throw new StrategyFolderException("cannot check " + file + ": " + unreadable.getMessage());
        }
    }

    private static UserPrincipal currentUser(Path file) throws IOException {
        return file.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
    }
}
