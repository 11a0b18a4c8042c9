package dev.artificer.system.algotrader.config;

import java.util.Optional;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.web.server.PortInUseException;

/**
 * Turns a start-up exception into the one line a user needs: which variable is wrong and what is allowed, or which
 * port is taken and the setting that moves it.
 */
public final class StartupFailure {

    private StartupFailure() {
    }

    /**
     * Explains a failure in one line.
     *
     * @param failure what Spring threw
     * @return a single line without a stack trace
     */
    public static String explain(Throwable failure) {
        Optional<String> setting = settingProblem(failure);
        if (setting.isPresent()) {
            return "algo-trader: " + setting.get();
        }
        Throwable root = rootCause(failure);
        return "algo-trader could not start: " + root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Optional<String> settingProblem(Throwable failure) {
        Optional<String> fromBinding = Optional.empty();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidSettingException invalid) {
                return Optional.of(invalid.getMessage());
            }
            if (cause instanceof PortInUseException taken) {
                return Optional.of("port " + taken.getPort() + " is already in use (is another algo-trader service "
                        + "running?); set " + Setting.HTTP_PORT.variableNames() + " to a free port");
            }
            if (cause instanceof BindException bind && bind.getProperty() != null) {
                fromBinding = describe(bind.getProperty());
            }
        }
        return fromBinding;
    }

    private static Optional<String> describe(ConfigurationProperty property) {
        String value = String.valueOf(property.getValue());
        return Setting.forProperty(property.getName().toString())
                .map(setting -> InvalidSettingException.of(setting, value).getMessage());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
