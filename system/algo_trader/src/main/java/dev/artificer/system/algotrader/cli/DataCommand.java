package dev.artificer.system.algotrader.cli;

import picocli.CommandLine.Command;

/** {@code algo-trader data import|download}: bringing price data in from files or from Yahoo Finance. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Bring price data in: from files, or downloaded from Yahoo Finance.",
        subcommands = {DataImportCommand.class, DataDownloadCommand.class})
public class DataCommand {
}
