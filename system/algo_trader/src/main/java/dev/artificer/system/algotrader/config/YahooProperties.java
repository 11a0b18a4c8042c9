package dev.artificer.system.algotrader.config;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where {@code data download} asks Yahoo Finance for daily bars. A bad value stops the app at start with a message
 * naming its variable.
 *
 * @param baseUrl root of Yahoo's chart API
 */
@ConfigurationProperties("algo-trader.yahoo")
public record YahooProperties(String baseUrl) {

    /** Validates the URL. */
    public YahooProperties {
        if (!isHttpUrl(baseUrl)) {
            throw InvalidSettingException.of(Setting.YAHOO_BASE_URL, String.valueOf(baseUrl));
        }
    }

    /**
     * The root as a URI.
     *
     * @return e.g. {@code https://query1.finance.yahoo.com}
     */
    public URI base() {
        return URI.create(baseUrl);
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = URI.create(text);
            return uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return false;
        }
    }
}
