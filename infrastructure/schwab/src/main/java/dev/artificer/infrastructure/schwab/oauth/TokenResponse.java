package dev.artificer.infrastructure.schwab.oauth;

import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A successful answer of Schwab's token endpoint. {@link #toString()} masks the tokens.
 *
 * @param accessToken  {@code access_token}
 * @param refreshToken {@code refresh_token}, or null when absent
 * @param expiresIn    {@code expires_in}, the access token's lifetime
 * @param tokenType    {@code token_type}, e.g. {@code Bearer}, or null
 * @param scope        {@code scope}, e.g. {@code api}, or null
 * @param idToken      {@code id_token}, or null
 */
record TokenResponse(String accessToken, String refreshToken, Duration expiresIn, String tokenType, String scope,
                     String idToken) {

    private static final JsonMapper JSON = JsonMapper.shared();

    /**
     * Parses a token response body. Failure messages never quote the body, which holds secrets.
     *
     * @param body the JSON body
     * @param what the operation, for messages
     * @return the response
     * @throws MalformedResponseException when the body is not JSON or lacks {@code access_token} or
     *                                    {@code expires_in}
     */
    static TokenResponse parse(String body, String what) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException notJson) {
            throw new MalformedResponseException(what + ": Schwab's token response is not JSON");
        }
        String accessToken = text(root, "access_token");
        JsonNode expiresIn = root.path("expires_in");
        if (accessToken == null || !expiresIn.canConvertToLong() || expiresIn.asLong() <= 0) {
            throw new MalformedResponseException(what + ": Schwab's token response lacks access_token or a positive "
                    + "expires_in");
        }
        return new TokenResponse(accessToken, text(root, "refresh_token"), Duration.ofSeconds(expiresIn.asLong()),
                text(root, "token_type"), text(root, "scope"), text(root, "id_token"));
    }

    @Override
    public String toString() {
        return "TokenResponse[accessToken=" + Secrets.mask(accessToken) + ", refreshToken=" + Secrets.mask(refreshToken)
                + ", expiresIn=" + expiresIn + ", tokenType=" + tokenType + ", scope=" + scope
                + ", idToken=" + Secrets.mask(idToken) + "]";
    }

    private static String text(JsonNode root, String field) {
        JsonNode value = root.path(field);
        return value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
    }
}
