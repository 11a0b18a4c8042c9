package dev.artificer.system.algotrader;

import dev.artificer.system.algotrader.config.StartupFailure;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring application for one command line and returns the exit code: the command's own, or
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
     * Runs the command line to completion.
     *
     * @param args the command line
     * @return the exit code
     */
    public int launch(String... args) {
        return start(args);
    }

    /**
     * Whether the command line runs the long-running service, which serves health over HTTP.
     *
     * @param args the command line
     * @return true for no command or {@code run}
     */
    static boolean runsTheService(String... args) {
        boolean helpOrVersion = Arrays.stream(args).anyMatch(arg -> List.of("-h", "--help", "-V", "--version").contains(arg));
        return !helpOrVersion
                && Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst().map("run"::equals).orElse(true);
    }

    private int start(String... args) {
        SpringApplication app = new SpringApplication(application);
        app.setAddCommandLineProperties(false);
        app.setWebApplicationType(runsTheService(args) ? WebApplicationType.SERVLET : WebApplicationType.NONE);
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
