package dev.artificer.system.algotrader.csvimport;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A CSV file that cannot be imported as a whole (missing, unreadable, empty, or without the needed columns). */
public final class CsvImportException extends RuntimeException {

    /**
     * Creates the failure.
     *
     * @param message one line for the user, naming the file
     */
    public CsvImportException(String message) {
        super(message);
    }

    /**
     * Describes why a file could not be read.
     *
     * @param file    the file
     * @param failure what reading it raised
     * @return the failure, in one line
     */
    static CsvImportException unreadable(Path file, IOException failure) {
        String reason = switch (failure) {
            case NoSuchFileException missing -> "does not exist";
            case AccessDeniedException denied -> "cannot be read: permission denied";
            case CharacterCodingException coding -> "is not UTF-8 text";
            default -> "cannot be read: " + failure.getMessage();
        };
        return new CsvImportException(file + " " + reason);
    }
}
