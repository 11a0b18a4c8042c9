package dev.artificer.infrastructure.schwab.trader;

import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import dev.artificer.infrastructure.schwab.json.JsonBody;
import java.net.URI;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code GET /userPreference}'s {@code streamerInfo}. Schwab's specification types the answer as an array,
 * but the live answer is one object ({@code {accounts, streamerInfo:[{…}], offers}}); both are read.
 */
final class PreferenceParser {

    private static final String WHAT = "user preference";

    private PreferenceParser() {
    }

    static StreamerInfo streamerInfo(String body) {
        JsonNode root = JsonBody.read(body, WHAT);
        JsonNode preference = root.isArray() && !root.isEmpty() ? root.get(0) : root;
        JsonNode info = JsonBody.array(JsonBody.object(preference, WHAT), "streamerInfo", WHAT).path(0);
        if (!info.isObject()) {
            throw new MalformedResponseException(WHAT + ": Schwab's answer has an empty 'streamerInfo'");
        }
        String url = JsonBody.requiredText(info, "streamerSocketUrl", WHAT);
        URI socketUrl;
        try {
            socketUrl = URI.create(url);
        } catch (IllegalArgumentException notUrl) {
            throw new MalformedResponseException(WHAT + ": 'streamerSocketUrl' is not a URL", notUrl);
        }
        if (!"wss".equals(socketUrl.getScheme()) && !"ws".equals(socketUrl.getScheme())) {
            throw new MalformedResponseException(WHAT + ": 'streamerSocketUrl' is not a WebSocket URL (" + url + ")");
        }
        return new StreamerInfo(socketUrl, JsonBody.requiredText(info, "schwabClientCustomerId", WHAT),
                JsonBody.requiredText(info, "schwabClientCorrelId", WHAT),
                JsonBody.requiredText(info, "schwabClientChannel", WHAT),
                JsonBody.requiredText(info, "schwabClientFunctionId", WHAT));
    }
}
