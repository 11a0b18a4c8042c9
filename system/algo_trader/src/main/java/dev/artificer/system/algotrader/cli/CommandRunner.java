package dev.artificer.system.algotrader.cli;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Runs the parsed command line once the application context is ready (as Spring's last start-up step, so the service
 * runs inside it) and keeps its exit code for {@code SpringApplication.exit}.
 */
@Component
public class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private final CommandLineInterface commandLine;
    private final ApplicationContext context;
    private int exitCode;

    /**
     * Creates the runner.
     *
     * @param commandLine the command line the launcher parsed, registered in the context before it started
     * @param context     the context whose beans commands receive
     */
    public CommandRunner(CommandLineInterface commandLine, ApplicationContext context) {
        this.commandLine = commandLine;
        this.context = context;
    }

    /**
     * Executes the command line.
     *
     * @param args the command line, as the launcher already gave it to the command line
     */
    @Override
    public void run(ApplicationArguments args) {
        exitCode = commandLine.execute(context);
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
}
