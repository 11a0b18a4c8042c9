package dev.artificer.infrastructure.schwab.trader;

import java.net.URI;
import java.util.Objects;

/**
 * What the streamer needs to know about the login, from {@code GET /userPreference}'s {@code streamerInfo}: where
 * to connect and the ids every streamer request carries.
 *
 * @param socketUrl  {@code streamerSocketUrl}, e.g. {@code wss://streamer-api.schwab.com/ws}
 * @param customerId {@code schwabClientCustomerId}
 * @param correlId   {@code schwabClientCorrelId}
 * @param channel    {@code schwabClientChannel}
 * @param functionId {@code schwabClientFunctionId}
 */
public record StreamerInfo(URI socketUrl, String customerId, String correlId, String channel, String functionId) {

    /**
     * Requires every part.
     *
     * @throws NullPointerException naming the missing part
     */
    public StreamerInfo {
        Objects.requireNonNull(socketUrl, "socketUrl");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(correlId, "correlId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(functionId, "functionId");
    }

    /** Shows the URL and the channel; the customer and correlation ids are masked like account numbers. */
    @Override
    public String toString() {
        return "StreamerInfo[socketUrl=" + socketUrl + ", customerId=" + AccountNumbers.masked(customerId)
                + ", correlId=" + AccountNumbers.masked(correlId) + ", channel=" + channel + ", functionId="
                + functionId + "]";
    }
}
