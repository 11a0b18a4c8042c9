package dev.artificer.system.algotrader;

import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

/**
 * What {@code --debug} means for logging: the app's own loggers at DEBUG, above any configured level, set before
 * Spring Boot sets up logging. (Stack traces of failures are printed by the launcher and the command line.)
 */
final class DebugLogging implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final String APP_LOGGERS = "logging.level.dev.artificer";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        event.getEnvironment().getPropertySources().addFirst(new MapPropertySource("--debug", Map.of(APP_LOGGERS, "DEBUG")));
    }

    /** Just before Spring Boot's logging set-up reads the levels. */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER - 1;
    }
}
