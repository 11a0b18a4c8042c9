package dev.artificer.system.algotrader.config;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Makes the data directory (and the folder in it that a store uses) owner-only ({@code rwx------}) before
 * anything else writes there, and turns an unusable one into one line naming it. An existing directory keeps the
 * permissions it has.
 */
public final class DataDirectory {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private DataDirectory() {
    }

    /**
     * Creates the data directory and a folder inside it, each owner-only when it is made, and checks that both can
     * be written.
     *
     * @param dataDir the data directory
     * @param folder  the folder inside it, e.g. {@code db}
     * @return {@code dataDir/folder}
     * @throws InvalidSettingException when either cannot be created or written, naming the data directory and the
     *                                 setting to change
     */
    public static Path prepare(Path dataDir, String folder) {
        Path inside = dataDir.resolve(folder);
        for (Path directory : new Path[] {dataDir, inside}) {
            try {
                Files.createDirectories(directory, ownerOnly());
            } catch (IOException failure) {
                throw unusable(dataDir, reason(directory, failure));
            }
            if (!Files.isWritable(directory)) {
                throw unusable(dataDir, directory + " is not writable by this user");
            }
        }
        return inside;
    }

    private static String reason(Path directory, IOException failure) {
        for (Path existing = directory.toAbsolutePath(); existing != null; existing = existing.getParent()) {
            if (Files.exists(existing)) {
                return Files.isDirectory(existing) ? failure.getMessage() : existing + " exists and is not a directory";
            }
        }
        return failure.getMessage();
    }

    private static InvalidSettingException unusable(Path dataDir, String reason) {
        return new InvalidSettingException("the data directory " + dataDir + " is not usable: " + reason
                + "; set ALGO_TRADER_DATA_DIR to a directory you can write");
    }

    /**
     * The attribute that makes a directory owner-only ({@code rwx------}) when it is created, for
     * {@link Files#createDirectories}, which applies it to every missing parent too; none on a file system without
     * POSIX permissions.
     *
     * @return the attributes to create a directory with
     */
    public static FileAttribute<?>[] ownerOnly() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0];
    }
}
