package dev.artificer.system.algotrader.userstrategy;

/** A strategy of the user's threw while it handled a bar: the run stops, naming the bar and the strategy's own frame. */
public final class StrategyFailedException extends RuntimeException {

    /**
     * Creates the exception.
     *
     * @param message one line: the strategy, the bar, the error and where in the strategy's source it was thrown
     * @param cause   what the strategy threw
     */
    public StrategyFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
