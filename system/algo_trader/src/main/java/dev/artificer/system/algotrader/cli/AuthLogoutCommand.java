package dev.artificer.system.algotrader.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code algo-trader auth logout}: forgets the stored Schwab tokens. */
@Command(name = "logout", mixinStandardHelpOptions = true, description = "Forget the stored Schwab tokens.")
public class AuthLogoutCommand implements Callable<Integer> {

    private final SchwabAccess schwab;

    @Spec
    private CommandSpec spec;

    /**
     * Creates the command.
     *
     * @param schwab the Schwab access
     */
    public AuthLogoutCommand(SchwabAccess schwab) {
        this.schwab = schwab;
    }

    /**
     * Deletes the tokens.
     *
     * @return 0
     */
    @Override
    public Integer call() {
        schwab.session().logout();
        spec.commandLine().getOut().println("Logged out: the Schwab tokens are deleted from " + schwab.session().status().location() + ".");
        return 0;
    }
}
