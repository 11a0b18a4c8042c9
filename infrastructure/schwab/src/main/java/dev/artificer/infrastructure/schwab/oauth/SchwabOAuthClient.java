package dev.artificer.infrastructure.schwab.oauth;

import dev.artificer.infrastructure.schwab.error.AuthorizationCodeExpiredException;
import dev.artificer.infrastructure.schwab.error.InvalidRequestException;
import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import dev.artificer.infrastructure.schwab.error.RateLimitedException;
import dev.artificer.infrastructure.schwab.error.ReloginRequiredException;
import dev.artificer.infrastructure.schwab.error.SchwabServerException;
import dev.artificer.infrastructure.schwab.error.SchwabTransportException;
import dev.artificer.infrastructure.schwab.http.SchwabHttp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Schwab's OAuth2 protocol, without storage: builds the authorize URL, and exchanges an authorization code or a
 * refresh token for tokens at the token endpoint (HTTP Basic {@code app_key:app_secret}, form body).
 * Thread-safe.
 */
public final class SchwabOAuthClient {

    private static final int STATE_BYTES = 24;

    private final SchwabAppCredentials credentials;
    private final URI authorizeUrl;
    private final URI tokenUrl;
    private final SchwabHttp http;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * Creates the client.
     *
     * @param credentials  the application's key, secret and callback URL
     * @param authorizeUrl the authorize endpoint, e.g. {@code https://api.schwabapi.com/v1/oauth/authorize}
     * @param tokenUrl     the token endpoint, e.g. {@code https://api.schwabapi.com/v1/oauth/token}
     * @param http         the resilient HTTP layer
     * @param clock        the clock that dates new tokens
     */
    public SchwabOAuthClient(SchwabAppCredentials credentials, URI authorizeUrl, URI tokenUrl, SchwabHttp http,
                             Clock clock) {
        this.credentials = credentials;
        this.authorizeUrl = authorizeUrl;
        this.tokenUrl = tokenUrl;
        this.http = http;
        this.clock = clock;
    }

    /**
     * A new browser login: the authorize URL with {@code client_id}, {@code redirect_uri},
     * {@code response_type=code} and a fresh random {@code state}.
     *
     * @return the URL to open and the state to expect back
     */
    public AuthorizationRequest authorizationRequest() {
        byte[] bytes = new byte[STATE_BYTES];
        random.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", credentials.appKey());
        query.put("redirect_uri", credentials.callbackUrl().toString());
        query.put("response_type", "code");
        query.put("state", state);
        return new AuthorizationRequest(URI.create(authorizeUrl + "?" + formEncode(query)), state);
    }

    /**
     * Exchanges an authorization code for tokens ({@code grant_type=authorization_code}). Schwab accepts a code
     * for about 30 seconds after the login.
     *
     * @param code the URL-decoded code, see {@link AuthorizationRedirect}
     * @return the new tokens, the refresh token dated now
     * @throws AuthorizationCodeExpiredException when Schwab refuses the code itself (expired or used)
     * @throws ReloginRequiredException   when Schwab refuses the app's credentials
     * @throws InvalidRequestException    on any other refusal
     * @throws MalformedResponseException when the answer lacks the tokens
     * @throws RateLimitedException       when throttled beyond the retries
     * @throws SchwabServerException      when Schwab kept answering 5xx
     * @throws SchwabTransportException   when Schwab could not be reached
     */
    public SchwabTokens exchangeCode(String code) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", credentials.callbackUrl().toString());
        Instant requestedAt = clock.instant();
        HttpResponse<String> answer = post(form);
        if (answer.statusCode() < 200 || answer.statusCode() >= 300) {
            throw TokenEndpointErrors.ofCodeExchange(answer.statusCode(), answer.body());
        }
        TokenResponse response = TokenResponse.parse(answer.body(), "authorization code exchange");
        if (response.refreshToken() == null) {
            throw new MalformedResponseException("authorization code exchange: Schwab's token response lacks "
                    + "refresh_token");
        }
        return new SchwabTokens(response.accessToken(), requestedAt, requestedAt.plus(response.expiresIn()),
                response.refreshToken(), requestedAt);
    }

    /**
     * Refreshes the access token ({@code grant_type=refresh_token}).
     *
     * @param current the current tokens
     * @return the refreshed tokens; the refresh-token issue instant is kept
     * @throws ReloginRequiredException   when Schwab refuses the refresh token
     * @throws InvalidRequestException    on any other refusal
     * @throws MalformedResponseException when the answer lacks the access token
     * @throws RateLimitedException       when throttled beyond the retries
     * @throws SchwabServerException      when Schwab kept answering 5xx
     * @throws SchwabTransportException   when Schwab could not be reached
     */
    public SchwabTokens refresh(SchwabTokens current) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", current.refreshToken());
        Instant requestedAt = clock.instant();
        HttpResponse<String> answer = post(form);
        if (answer.statusCode() < 200 || answer.statusCode() >= 300) {
            throw TokenEndpointErrors.of("token refresh", answer.statusCode(), answer.body());
        }
        TokenResponse response = TokenResponse.parse(answer.body(), "token refresh");
        return current.refreshed(response.accessToken(), requestedAt, requestedAt.plus(response.expiresIn()),
                response.refreshToken());
    }

    private HttpResponse<String> post(Map<String, String> form) {
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .header("Authorization", "Basic " + basicCredentials())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
                .build();
        return http.send(request);
    }

    private String basicCredentials() {
        String pair = credentials.appKey() + ":" + credentials.appSecret();
        return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static String formEncode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
