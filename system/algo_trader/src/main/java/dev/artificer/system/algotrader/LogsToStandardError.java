package dev.artificer.system.algotrader;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Moves console logging to standard error once Spring Boot has set it up, so that a one-shot command's standard output
 * holds only what the command prints (a table, a report, JSON) and can be piped.
 */
final class LogsToStandardError implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final String CONSOLE_APPENDER = "CONSOLE";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            Appender<ILoggingEvent> appender = logback.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(CONSOLE_APPENDER);
            if (appender instanceof ConsoleAppender<ILoggingEvent> console) {
                console.stop();
                console.setTarget("System.err");
                console.start();
            }
        }
    }

    /** Right after Spring Boot's logging set-up, which creates the console appender. */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
