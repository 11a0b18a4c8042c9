package dev.artificer.system.algotrader.cli;

/** Bad input on the command line found while a command runs: one line for the user and exit code 2. */
final class UsageException extends RuntimeException {

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
