package dev.artificer.system.algotrader.userstrategy;

/** The strategies folder cannot be used as it is (unsafe, unreadable, or a file in it is not a strategy): bad input. */
public class StrategyFolderException extends RuntimeException {

    /**
     * Creates the exception.
     *
     * @param message one line for the user
     */
    public StrategyFolderException(String message) {
        super(message);
    }
}
