package dev.artificer.system.algotrader.cli;

import java.util.Arrays;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/**
 * Runs the picocli command line once the application context is ready, creating each command through Spring
 * so commands receive their collaborators by constructor. Failures inside a command print one line (the
 * stack trace only with {@code --debug}) and exit with 1, or 2 for bad input found while the command runs.
 */
@Component
public class CommandLineInterface implements CommandLineRunner, ExitCodeGenerator {

    private final ApplicationContext context;
    private int exitCode;

    /**
     * Creates the runner.
     *
     * @param context the context whose beans commands receive
     */
    public CommandLineInterface(ApplicationContext context) {
        this.context = context;
    }

    /**
     * Parses and executes the command line.
     *
     * @param args the command line
     */
    @Override
    public void run(String... args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine commandLine = new CommandLine(AlgoTraderCommand.class, new SpringFactory());
        commandLine.setExecutionExceptionHandler((failure, failedCommand, parsed) -> {
            failedCommand.getErr().println(failedCommand.getCommandName() + ": " + UserMessages.of(failure));
            if (debug) {
                failure.printStackTrace(failedCommand.getErr());
            }
            return UserMessages.isBadInput(failure) ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
        });
        exitCode = commandLine.execute(args);
    }

    /**
     * The exit code of the executed command.
     *
     * @return 0 on success
     */
    @Override
    public int getExitCode() {
        return exitCode;
    }

    private final class SpringFactory implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type.getPackageName().startsWith("dev.artificer")) {
                return context.getBeanProvider(type).getIfAvailable(() -> context.getAutowireCapableBeanFactory().createBean(type));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
