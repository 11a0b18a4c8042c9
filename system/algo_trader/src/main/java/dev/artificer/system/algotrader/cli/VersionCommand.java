package dev.artificer.system.algotrader.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code algo-trader version}: prints the version of the app and of Java. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the version.")
public class VersionCommand implements Callable<Integer> {

    private final VersionProvider versions;

    @Spec
    private CommandSpec spec;

    /**
     * Creates the command.
     *
     * @param versions where the version comes from
     */
    public VersionCommand(VersionProvider versions) {
        this.versions = versions;
    }

    /**
     * Prints the version lines.
     *
     * @return 0
     */
    @Override
    public Integer call() {
        for (String line : versions.getVersion()) {
            spec.commandLine().getOut().println(line);
        }
        return 0;
    }
}
