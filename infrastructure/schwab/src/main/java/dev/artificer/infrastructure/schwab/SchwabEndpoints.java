package dev.artificer.infrastructure.schwab;

import java.net.URI;
import java.util.Objects;

/**
 * The Schwab URLs a client talks to. The system passes {@link #production()} (or its own configuration); tests
 * pass {@link #under(URI)} a local stand-in server.
 *
 * @param authorize  the OAuth authorize endpoint, opened in the user's browser
 * @param token      the OAuth token endpoint
 * @param marketData the market data API base URL
 * @param trader     the trader API base URL (accounts and orders)
 */
public record SchwabEndpoints(URI authorize, URI token, URI marketData, URI trader) {

    /** Schwab's production authorize endpoint. */
    public static final URI PRODUCTION_AUTHORIZE = URI.create("https://api.schwabapi.com/v1/oauth/authorize");
    /** Schwab's production token endpoint. */
    public static final URI PRODUCTION_TOKEN = URI.create("https://api.schwabapi.com/v1/oauth/token");
    /** Schwab's production market data base URL. */
    public static final URI PRODUCTION_MARKET_DATA = URI.create("https://api.schwabapi.com/marketdata/v1");
    /** Schwab's production trader base URL. */
    public static final URI PRODUCTION_TRADER = URI.create("https://api.schwabapi.com/trader/v1");

    /**
     * Requires every URL.
     *
     * @throws NullPointerException naming the missing URL
     */
    public SchwabEndpoints {
        Objects.requireNonNull(authorize, "authorize");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(marketData, "marketData");
        Objects.requireNonNull(trader, "trader");
    }

    /**
     * Schwab's production URLs.
     *
     * @return the endpoints under {@code https://api.schwabapi.com}
     */
    public static SchwabEndpoints production() {
        return new SchwabEndpoints(PRODUCTION_AUTHORIZE, PRODUCTION_TOKEN, PRODUCTION_MARKET_DATA, PRODUCTION_TRADER);
    }

    /**
     * The endpoints with Schwab's paths under another root, e.g. a local stand-in server.
     *
     * @param root e.g. {@code http://127.0.0.1:8765}
     * @return {@code root/v1/oauth/authorize}, {@code root/v1/oauth/token}, {@code root/marketdata/v1} and
     *         {@code root/trader/v1}
     */
    public static SchwabEndpoints under(URI root) {
        String base = root.toString().replaceAll("/+$", "");
        return new SchwabEndpoints(URI.create(base + "/v1/oauth/authorize"), URI.create(base + "/v1/oauth/token"),
                URI.create(base + "/marketdata/v1"), URI.create(base + "/trader/v1"));
    }
}
