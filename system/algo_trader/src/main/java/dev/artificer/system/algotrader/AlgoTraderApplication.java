package dev.artificer.system.algotrader;

import dev.artificer.system.algotrader.wiring.EmbeddedDatabase;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

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
}
