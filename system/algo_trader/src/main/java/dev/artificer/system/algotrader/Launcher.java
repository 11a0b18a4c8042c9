package dev.artificer.system.algotrader;

import dev.artificer.system.algotrader.cli.CommandLineInterface;
import dev.artificer.system.algotrader.cli.CommandLineInterface.Need;
import dev.artificer.system.algotrader.config.StartupFailure;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Answers one command line and returns the exit code. Help, version and usage errors are answered by the command line
 * alone; any other command starts the Spring application and returns the command's own exit code. Only the service gets
 * a web server (health, metrics); a one-shot command leaves out what only the service uses
 * ({@link ServiceOnlyAutoConfigurations}) and makes its beans lazily, so it builds only what it uses (settings are still
 * checked at start), and it logs to standard error, leaving standard output to its data. {@code --debug}
 * turns on the app's debug logging. The exit code is
 * {@value #START_FAILED} with a single explanatory line when the app cannot start (the stack trace only with
 * {@code --debug}).
 */
public final class Launcher {

    /** Exit code when the application could not start, e.g. because of invalid configuration. */
    public static final int START_FAILED = 2;

    private final Class<?> application;
    private final PrintStream errors;

    /**
     * A launcher for the given application class.
     *
     * @param application the {@code @SpringBootApplication} class
     * @param errors      where the failure line goes
     */
    public Launcher(Class<?> application, PrintStream errors) {
        this.application = application;
        this.errors = errors;
    }

    /**
     * Runs the command line to completion: help, version and usage errors without starting the application.
     *
     * @param args the command line
     * @return the exit code
     */
    public int launch(String... args) {
        CommandLineInterface commandLine = new CommandLineInterface(args);
        Need need = commandLine.needs();
        return need == Need.NOTHING ? commandLine.execute() : start(commandLine, need, args);
    }

    private int start(CommandLineInterface commandLine, Need need, String... args) {
        SpringApplication app = new SpringApplication(application);
        app.setAddCommandLineProperties(false);
        app.setWebApplicationType(need == Need.SERVICE ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        app.setLazyInitialization(need == Need.APPLICATION);
        if (need == Need.APPLICATION) {
            app.addListeners(new LogsToStandardError());
            app.setDefaultProperties(Map.of(ServiceOnlyAutoConfigurations.ONE_SHOT, "true"));
        }
        if (Arrays.asList(args).contains("--debug")) {
            app.addListeners(new DebugLogging());
        }
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("commandLineInterface", commandLine));
        try (ConfigurableApplicationContext context = app.run(args)) {
            return SpringApplication.exit(context);
        } catch (RuntimeException failure) {
            errors.println(StartupFailure.explain(failure));
            if (Arrays.asList(args).contains("--debug")) {
                failure.printStackTrace(errors);
            } else {
                errors.println("(run again with --debug for details)");
            }
            return START_FAILED;
        }
    }
}
