package dev.artificer.system.algotrader.userstrategy;

import java.util.List;

/** The strategies folder does not compile: every error, each as {@code file:line: message}, as a compiler prints them. */
public final class StrategyCompileException extends StrategyFolderException {

    private final List<String> errors;

    /**
     * Creates the exception.
     *
     * @param errors one line per error, {@code file:line: message}
     */
    public StrategyCompileException(List<String> errors) {
        super(errors.size() + (errors.size() == 1 ? " error" : " errors") + " compiling your strategies:" + System.lineSeparator()
                + String.join(System.lineSeparator(), errors));
        this.errors = List.copyOf(errors);
    }

    /**
     * The errors.
     *
     * @return one line per error
     */
    public List<String> errors() {
        return errors;
    }
}
