package dev.artificer.infrastructure.schwab.oauth;

import dev.artificer.infrastructure.schwab.error.InvalidRequestException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What Schwab's login redirect carries: the authorization code and the echoed {@code state}. Parsed from the
 * URL the browser ended up on, as the user pasted it. {@link #toString()} masks the code.
 *
 * @param code  the URL-decoded authorization code; Schwab's codes end in {@code @}, sent as {@code %40}
 * @param state the echoed state, or null when the redirect carried none
 */
public record AuthorizationRedirect(String code, String state) {

    /**
     * Validates the redirect.
     *
     * @throws InvalidRequestException when the code is blank
     */
    public AuthorizationRedirect {
        if (code == null || code.isBlank()) {
            throw new InvalidRequestException("the Schwab redirect URL has an empty 'code' parameter");
        }
    }

    /**
     * Reads a pasted redirect URL such as {@code https://127.0.0.1:8182/?code=C0.abc%40&session=…}. Values are
     * percent-decoded; a literal {@code +} stays a plus sign.
     *
     * @param pastedUrl the URL; surrounding blanks are ignored
     * @return the code and state
     * @throws InvalidRequestException when the text has no {@code code} query parameter; the message never
     *                                 repeats the URL
     */
    public static AuthorizationRedirect parse(String pastedUrl) {
        String query = rawQuery(pastedUrl);
        String code = parameter(query, "code").orElseThrow(() -> new InvalidRequestException(
                "the pasted Schwab redirect URL has no 'code' parameter: paste the whole address the browser "
                        + "shows after the login"));
        return new AuthorizationRedirect(code, parameter(query, "state").orElse(null));
    }

    /**
     * Checks the echoed state against the one of the authorization request, when Schwab echoed one.
     *
     * @param expectedState the state of the {@link AuthorizationRequest}
     * @throws InvalidRequestException when the redirect carries a different state
     */
    public void requireState(String expectedState) {
        if (state != null && !state.equals(expectedState)) {
            throw new InvalidRequestException("the Schwab redirect belongs to another login attempt (state mismatch): "
                    + "start the login again");
        }
    }

    @Override
    public String toString() {
        return "AuthorizationRedirect[code=" + Secrets.mask(code) + ", state=" + state + "]";
    }

    private static String rawQuery(String pastedUrl) {
        if (pastedUrl == null || pastedUrl.isBlank()) {
            throw new InvalidRequestException("the pasted Schwab redirect URL is empty");
        }
        String url = pastedUrl.strip();
        int queryStart = url.indexOf('?');
        int fragmentStart = url.indexOf('#', Math.max(queryStart, 0));
        if (queryStart < 0) {
            return "";
        }
        return url.substring(queryStart + 1, fragmentStart < 0 ? url.length() : fragmentStart);
    }

    private static Optional<String> parameter(String rawQuery, String name) {
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return Optional.of(decode(name, pair.substring(equals + 1)));
            }
        }
        return Optional.empty();
    }

    private static String decode(String name, String value) {
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            throw new InvalidRequestException("the '" + name + "' parameter of the pasted Schwab redirect URL has an "
                    + "invalid %-escape: paste the address exactly as the browser shows it");
        }
    }
}
