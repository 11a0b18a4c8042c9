package dev.artificer.system.algotrader.config;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Puts the resolved {@link Setting}s into Spring's environment as {@code algo-trader.*} properties, before any
 * bean is created, so that the typed {@link AlgoTraderProperties} bind from one place. It sits just above the raw
 * process environment; anything set more explicitly (system properties, test properties) still wins.
 */
public class SettingsPropertySourcePostProcessor implements EnvironmentPostProcessor {

    /** Name of the property source, as seen in Spring's environment. */
    public static final String SOURCE_NAME = "algo-trader-settings";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        SettingsResolver resolver = SettingsResolver.discover(System.getenv(), Path.of(""),
                System.getProperty("user.home"));
        Map<String, Object> properties = resolver.asProperties();
        checkWhatSpringReadsBeforeBinding(properties);
        environment.getPropertySources().addBefore(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new MapPropertySource(SOURCE_NAME, properties));
    }

    /**
     * Checks the settings that Spring itself reads (the HTTP port becomes {@code server.port}, which auto-configuration
     * conditions parse before any of the app's validation runs, with a bare {@link NumberFormatException}).
     *
     * @param properties the resolved settings as properties
     * @throws InvalidSettingException naming the variable when such a value is invalid
     */
    static void checkWhatSpringReadsBeforeBinding(Map<String, Object> properties) {
        String port = String.valueOf(properties.get(Setting.HTTP_PORT.property()));
        try {
            new HttpProperties(Integer.parseInt(port));
        } catch (NumberFormatException notANumber) {
            throw InvalidSettingException.of(Setting.HTTP_PORT, port);
        }
    }
}
