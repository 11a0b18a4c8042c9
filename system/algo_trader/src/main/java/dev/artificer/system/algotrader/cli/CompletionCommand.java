package dev.artificer.system.algotrader.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code algo-trader completion [bash|zsh]}: prints the shell completion script picocli generates from the commands'
 * model (every command, option and choice); the same script serves bash and zsh, which loads it through
 * {@code bashcompinit}. Answered without starting the application.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a bash or zsh completion script to source in your shell (see the README).")
public class CompletionCommand implements Callable<Integer> {

    /** The shells the script serves. */
    enum Shell { bash, zsh }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "SHELL", defaultValue = "bash",
            description = "bash or zsh (default ${DEFAULT-VALUE}; one script serves both).")
    private Shell shell;

    /** Creates the command; it needs nothing from the application. */
    public CompletionCommand() {
        // picocli's factory rule for this package: one public constructor
    }

    /**
     * Prints the script.
     *
     * @return 0
     */
    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash(spec.root().name(), CommandLineInterface.everyCommand()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
