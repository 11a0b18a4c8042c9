package dev.artificer.system.algotrader.cli;

import dev.artificer.component.strategies.rules.RulesFile;
import dev.artificer.system.algotrader.userstrategy.RulesTemplate;
import dev.artificer.system.algotrader.userstrategy.StrategyFolder;
import dev.artificer.system.algotrader.userstrategy.StrategyTemplate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code algo-trader strategy new NAME [--from sma-cross | --rules]}: writes a commented starter strategy (Java, or a
 * rules file) into the strategies folder, one that compiles and runs as it is, and says where it is and how to run it. It never overwrites a file.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Write a starter strategy of your own into the strategies folder.",
                "e.g. strategy new my-idea, then backtest --strategy my-idea --symbol AAPL"})
public class StrategyNewCommand implements Callable<Integer> {

    private final ObjectProvider<StrategyFolder> folder;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The strategy's name, e.g. my-idea.")
    private String name;

    @Option(names = "--from", defaultValue = "sma-cross", paramLabel = "BUILTIN",
            description = "The built-in to start from (default ${DEFAULT-VALUE}).")
    private String from;

    @Option(names = "--rules", description = "Write a rules file (entry and exit conditions, no Java) instead.")
    private boolean rules;

    /**
     * Creates the command.
     *
     * @param folder the user's strategies folder
     */
    public StrategyNewCommand(ObjectProvider<StrategyFolder> folder) {
        this.folder = folder;
    }

    /**
     * Writes the file.
     *
     * @return 0, or 1 when a file of that name is there already
     */
    @Override
    public Integer call() {
        String source;
        String fileName;
        try {
            source = rules ? RulesTemplate.text() : StrategyTemplate.source(name, from);
            fileName = rules ? name + RulesFile.ENDING : StrategyTemplate.className(name) + ".java";
            if (rules) {
                RulesFile.parse(fileName, source);
            }
        } catch (IllegalArgumentException invalid) {
            throw new UsageException(invalid.getMessage(), invalid);
        }
        Path file = folder.getObject().create().resolve(fileName);
        PrintWriter out = spec.commandLine().getOut();
        if (Files.exists(file)) {
            spec.commandLine().getErr().println("strategy new: " + file + " exists already; it is left as it is");
            return 1;
        }
        try {
            Files.writeString(file, source);
        } catch (IOException failed) {
            throw new IllegalStateException("cannot write " + file + ": " + failed.getMessage(), failed);
        }
        out.println("wrote " + file + " (strategy " + name + ", starting as " + (rules ? "sma-cross in rules" : from)
                + ")");
        out.println("edit " + (rules ? "its entry and exit" : "onBar in it") + ", then: algo-trader backtest --strategy "
                + name + " --symbol AAPL");
        return 0;
    }
}
