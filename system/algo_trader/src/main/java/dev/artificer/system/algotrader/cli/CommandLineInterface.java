package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Symbol;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The picocli command line of the app, built without Spring: it parses first, so help, version and usage errors are
 * answered at once, and says whether the parsed command needs the application ({@link #needs}); commands that do run
 * once the started context is {@linkplain #execute(ApplicationContext) bound}. A usage error is one line
 * naming what was wrong, exit code 2; a failure inside a command prints one line (the stack trace only with
 * {@code --debug}) and exits with 1, or 2 for bad input found while the command runs.
 */
public final class CommandLineInterface {

    /** What a command line needs to be answered. */
    public enum Need {
        /** Text only: help, version or a usage error; no application. */
        NOTHING,
        /** A one-shot command: the application without its web server. */
        APPLICATION,
        /** The long-running service: the application with its web server (health, metrics). */
        SERVICE
    }

    private final DeferredBeans beans = new DeferredBeans();
    private final CommandLine commandLine;
    private final String[] args;

    /**
     * Builds the command line for the given arguments; nothing is started. Only the subcommand they name (with
     * {@code help NAME}, that one too; with none, {@code run}) gets its full model: the others are listed by name and
     * description only, which is all the usage help and the suggestions for a mistyped command need, and building a
     * command's model costs start-up time.
     *
     * @param args the command line
     */
    public CommandLineInterface(String... args) {
        this.args = args.clone();
        CommandFactory factory = new CommandFactory(beans);
        commandLine = new CommandLine(AlgoTraderCommand.class, factory);
        List<String> named = named(args);
        for (Class<?> type : AlgoTraderCommand.SUBCOMMANDS) {
            Command command = type.getAnnotation(Command.class);
            commandLine.addSubcommand(command.name(), named.contains(command.name())
                    ? new CommandLine(type, factory) : listedOnly(command));
        }
        ValueConverters.registerOn(commandLine);
        commandLine.setParameterExceptionHandler(CommandLineInterface::usageError);
        commandLine.setExecutionExceptionHandler(CommandLineInterface::failure);
    }

    /**
     * The full model of every command, for what needs all of it at once: the shell completion script.
     *
     * @return a command line that is never executed
     */
    static CommandLine everyCommand() {
        CommandFactory factory = new CommandFactory(new DeferredBeans());
        CommandLine full = new CommandLine(AlgoTraderCommand.class, factory);
        AlgoTraderCommand.SUBCOMMANDS.forEach(type -> full.addSubcommand(new CommandLine(type, factory)));
        ValueConverters.registerOn(full);
        return full;
    }

    /** The subcommands the arguments name: the first word that is not an option, and the one after {@code help}. */
    private static List<String> named(String... args) {
        List<String> words = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).limit(2).toList();
        if (words.isEmpty()) {
            return List.of("run");
        }
        return "help".equals(words.getFirst()) ? words : words.subList(0, 1);
    }

    private static CommandSpec listedOnly(Command command) {
        CommandSpec spec = CommandSpec.create().name(command.name()).aliases(command.aliases());
        spec.usageMessage().header(command.header()).description(command.description()).hidden(command.hidden());
        return spec;
    }

    /**
     * What answering the command line needs.
     *
     * @return {@link Need#NOTHING} for help, version and usage errors (a group such as {@code watchlist} without its
     *         subcommand is one), else whether the service or a one-shot command runs
     */
    public Need needs() {
        ParseResult parsed;
        try {
            parsed = commandLine.parseArgs(args);
        } catch (ParameterException usageError) {
            return Need.NOTHING;
        }
        List<CommandLine> chain = parsed.asCommandLineList();
        boolean helpRequested = chain.stream().anyMatch(line -> line.isUsageHelpRequested() || line.isVersionHelpRequested());
        Object command = chain.getLast().getCommand();
        boolean executable = command instanceof Runnable || command instanceof Callable || command instanceof Method;
        if (helpRequested || !executable || command instanceof CommandLine.HelpCommand || command instanceof VersionCommand
                || command instanceof CompletionCommand) {
            return Need.NOTHING;
        }
        return command instanceof AlgoTraderCommand || command instanceof RunCommand ? Need.SERVICE : Need.APPLICATION;
    }

    /**
     * Answers a command line that needs no application.
     *
     * @return the exit code
     */
    public int execute() {
        return commandLine.execute(args);
    }

    /**
     * Runs a command line in the started application.
     *
     * @param context the application whose beans the commands receive
     * @return the exit code
     */
    public int execute(ApplicationContext context) {
        beans.bind(context);
        return commandLine.execute(args);
    }

    private static int failure(Exception failure, CommandLine failed, ParseResult parsed) {
        failed.getErr().println(failed.getCommandName() + ": " + UserMessages.of(failure));
        if (parsed.originalArgs().contains("--debug")) {
            failure.printStackTrace(failed.getErr());
        }
        return UserMessages.isBadInput(failure) ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
    }

    /** A list of symbols ends at its first malformed one, which picocli reports as unmatched: say what is wrong. */
    private static Optional<String> badSymbol(CommandSpec spec, List<String> unmatched) {
        Optional<CommandLine.Model.PositionalParamSpec> symbols = spec.positionalParameters().stream()
                .filter(parameter -> Arrays.asList(parameter.auxiliaryTypes()).contains(Symbol.class)).findFirst();
        return symbols.flatMap(parameter -> unmatched.stream().filter(text -> !text.startsWith("-"))
                .flatMap(text -> ValueConverters.symbolProblem(text).stream()).findFirst()
                .map(problem -> "Invalid value for positional parameter " + parameter.paramLabel() + ": " + problem));
    }

    private static int usageError(ParameterException failure, String[] args) {
        CommandLine failed = failure.getCommandLine();
        String message = failure.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        Optional<String> badSymbol = failure instanceof CommandLine.UnmatchedArgumentException unmatched
                ? badSymbol(failed.getCommandSpec(), unmatched.getUnmatched()) : Optional.empty();
        if (badSymbol.isPresent()) {
            message = badSymbol.get();
        } else if (failure instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            message += "; did you mean " + String.join(", ", unmatched.getSuggestions()) + "?";
        } else if (message.startsWith("Missing required subcommand")) {
            message += ": " + String.join(", ", failed.getSubcommands().keySet());
        }
        failed.getErr().println(failed.getCommandName() + ": " + message + " (see `"
                + failed.getCommandSpec().qualifiedName() + " --help`)");
        if (Arrays.asList(args).contains("--debug")) {
            failure.printStackTrace(failed.getErr());
        }
        return failed.getCommandSpec().exitCodeOnInvalidInput();
    }
}
