package dev.artificer.system.algotrader.cli;

import picocli.CommandLine.Command;

/** {@code algo-trader auth}: log in to Schwab, show the token state, log out. */
@Command(name = "auth", mixinStandardHelpOptions = true, description = "Schwab login and token state.",
        subcommands = {AuthLoginCommand.class, AuthStatusCommand.class, AuthLogoutCommand.class})
public class AuthCommand {
}
