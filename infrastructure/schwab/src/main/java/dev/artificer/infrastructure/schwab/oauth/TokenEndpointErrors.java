package dev.artificer.infrastructure.schwab.oauth;

import dev.artificer.infrastructure.schwab.error.AuthorizationCodeExpiredException;
import dev.artificer.infrastructure.schwab.error.InvalidRequestException;
import dev.artificer.infrastructure.schwab.error.ReloginRequiredException;
import dev.artificer.infrastructure.schwab.error.SchwabApiException;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a refusal of Schwab's token endpoint into an exception. Schwab reports an expired or revoked refresh
 * token as HTTP 400 {@code unsupported_token_type} whose description nests
 * {@code refresh_token_authentication_error}; that and {@code invalid_grant}, {@code invalid_client} or
 * {@code unsupported_token_type} mean a new browser login is needed. An authorization code refused with a grant
 * error ({@code invalid_grant}, or Schwab's {@code unsupported_token_type} and {@code refresh_token_authentication_error})
 * expired or was used: the login has to start again. Messages name the OAuth error code only: descriptions may
 * carry token digests.
 */
final class TokenEndpointErrors {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String NESTED_REFRESH_ERROR = "refresh_token_authentication_error";
    private static final Set<String> RELOGIN_CODES =
            Set.of(NESTED_REFRESH_ERROR, "invalid_grant", "invalid_client", "unsupported_token_type");
    private static final Set<String> REFUSED_CODE_GRANTS =
            Set.of(NESTED_REFRESH_ERROR, "invalid_grant", "unsupported_token_type");
    private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private TokenEndpointErrors() {
    }

    /**
     * The exception for a non-2xx answer of the token endpoint.
     *
     * @param what   the operation, e.g. {@code token refresh}
     * @param status the HTTP status (neither 429 nor 5xx)
     * @param body   the response body
     * @return a {@link ReloginRequiredException} or an {@link InvalidRequestException}
     */
    static SchwabApiException of(String what, int status, String body) {
        String code = code(body);
        if ((status == 400 || status == 401) && code != null && RELOGIN_CODES.contains(code)) {
            return new ReloginRequiredException(what + " refused by Schwab (HTTP " + status + " " + code
                    + "): log in to Schwab again through the browser");
        }
        String named = code == null ? "" : " " + code;
        return new InvalidRequestException(what + " refused by Schwab (HTTP " + status + named + ")", status);
    }

    /**
     * The exception for a non-2xx answer of the token endpoint to an authorization code exchange.
     *
     * @param status the HTTP status (neither 429 nor 5xx)
     * @param body   the response body
     * @return an {@link AuthorizationCodeExpiredException} when Schwab refused the code itself, else as {@link #of}
     */
    static SchwabApiException ofCodeExchange(int status, String body) {
        String code = code(body);
        if ((status == 400 || status == 401) && code != null && REFUSED_CODE_GRANTS.contains(code)) {
            return new AuthorizationCodeExpiredException("the code expired: start the login again (Schwab refused "
                    + "the authorization code with HTTP " + status + " " + code + "; a code works once, within about "
                    + "30 seconds of the login)");
        }
        return of("authorization code exchange", status, body);
    }

    private static String code(String body) {
        return body != null && body.contains(NESTED_REFRESH_ERROR) ? NESTED_REFRESH_ERROR : errorCode(body);
    }

    private static String errorCode(String body) {
        try {
            JsonNode error = JSON.readTree(body == null ? "" : body).path("error");
            return error.isString() && ERROR_CODE.matcher(error.stringValue()).matches() ? error.stringValue() : null;
        } catch (JacksonException notJson) {
            return null;
        }
    }
}
