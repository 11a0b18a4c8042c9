package dev.artificer.infrastructure.mysql;

/** A schema migration could not be applied; the message names the failing migration when Flyway tells it. */
public class MigrationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param cause   Flyway's exception
     */
    public MigrationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
