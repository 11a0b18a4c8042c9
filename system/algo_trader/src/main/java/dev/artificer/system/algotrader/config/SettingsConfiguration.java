package dev.artificer.system.algotrader.config;

import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the settings resolver available to commands that show where each value came from. */
@Configuration(proxyBeanMethods = false)
public class SettingsConfiguration {

    /**
     * The resolver over this process's environment and env files.
     *
     * @return the resolver
     */
    @Bean
    public SettingsResolver settingsResolver() {
        return SettingsResolver.discover(System.getenv(), Path.of(""), System.getProperty("user.home"));
    }
}
