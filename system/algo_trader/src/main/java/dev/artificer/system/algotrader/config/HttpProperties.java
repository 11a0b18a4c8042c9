package dev.artificer.system.algotrader.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the service serves its health endpoint.
 *
 * @param port the port on 127.0.0.1
 */
@ConfigurationProperties("algo-trader.http")
public record HttpProperties(int port) {

    /** Validates the port. */
    public HttpProperties {
        if (port < 1 || port > 65_535) {
            throw InvalidSettingException.of(Setting.HTTP_PORT, String.valueOf(port));
        }
    }
}
