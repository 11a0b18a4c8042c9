package dev.artificer.system.algotrader.cli;

import picocli.CommandLine.Command;

/** {@code algo-trader data import}: bringing price data in from files. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Bring price data in from files.",
        subcommands = DataImportCommand.class)
public class DataCommand {
}
