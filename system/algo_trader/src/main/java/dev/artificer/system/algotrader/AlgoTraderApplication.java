package dev.artificer.system.algotrader;

import dev.artificer.system.algotrader.wiring.EmbeddedDatabase;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The algo_trader application: a Spring Boot app whose command line ({@code status}, {@code version}, and the
 * one-shot jobs to come) is served by picocli. {@link #main} hands over to {@link Launcher}, which turns any
 * start-up failure into one clear line and an exit code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AlgoTraderApplication {

    /**
     * Runs a command and exits with its code; the embedded database's server, if this process becomes it, listens
     * on loopback only.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        EmbeddedDatabase.serveOnLoopbackOnly();
        System.exit(new Launcher(AlgoTraderApplication.class, System.err).launch(args));
    }

    /**
     * Settings are bound and checked at start even when the other beans are made lazily (one-shot commands), so that a
     * bad value still stops the start with its one line instead of failing halfway through a command.
     *
     * @return the filter keeping {@code @ConfigurationProperties} beans eager
     */
    @Bean
    static LazyInitializationExcludeFilter settingsAreCheckedAtStart() {
        return (name, definition, type) -> type != null && type.isAnnotationPresent(ConfigurationProperties.class);
    }
}
