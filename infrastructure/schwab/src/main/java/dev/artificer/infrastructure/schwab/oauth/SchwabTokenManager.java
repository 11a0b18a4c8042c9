package dev.artificer.infrastructure.schwab.oauth;

import dev.artificer.infrastructure.schwab.error.AuthorizationCodeExpiredException;
import dev.artificer.infrastructure.schwab.error.InvalidRequestException;
import dev.artificer.infrastructure.schwab.error.ReloginRequiredException;
import dev.artificer.infrastructure.schwab.http.AccessTokenSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a Schwab login alive over the caller's {@link TokenStore}: completes the browser login, hands out
 * access tokens, refreshes them shortly before expiry (the refresh margin, at most half a token's lifetime) and after
 * an HTTP 401. Refreshes are single-flight within
 * this instance: concurrent callers that find the same stale token cause one refresh, and the others use its
 * result. (Across processes the caller adds a lock of its own, e.g. in Redis.) Thread-safe.
 */
public final class SchwabTokenManager implements AccessTokenSource {

    /** How long before expiry an access token is refreshed by default. */
    public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofMinutes(5);
    /** Schwab's refresh-token lifetime: 7 days from the browser login. */
    public static final Duration DEFAULT_REFRESH_TOKEN_LIFETIME = Duration.ofDays(7);

    private static final Logger LOG = LoggerFactory.getLogger(SchwabTokenManager.class);

    private final SchwabOAuthClient oauth;
    private final TokenStore store;
    private final Clock clock;
    private final Duration refreshMargin;
    private final Duration refreshTokenLifetime;
    private final ReentrantLock refreshLock = new ReentrantLock();

    /**
     * Creates the manager.
     *
     * @param oauth                the OAuth protocol client
     * @param store                where the caller keeps the tokens
     * @param clock                the clock for expiry decisions
     * @param refreshMargin        how long before expiry an access token is refreshed
     * @param refreshTokenLifetime how long after the login the refresh token works
     */
    public SchwabTokenManager(SchwabOAuthClient oauth, TokenStore store, Clock clock, Duration refreshMargin,
                              Duration refreshTokenLifetime) {
        this.oauth = oauth;
        this.store = store;
        this.clock = clock;
        this.refreshMargin = refreshMargin;
        this.refreshTokenLifetime = refreshTokenLifetime;
    }

    /**
     * Starts a browser login.
     *
     * @return the authorize URL to open and the state to pass to {@link #completeLogin}
     */
    public AuthorizationRequest startLogin() {
        return oauth.authorizationRequest();
    }

    /**
     * Completes a browser login: reads the code from the redirect URL the user pasted, exchanges it and saves the
     * tokens in the store.
     *
     * @param pastedRedirectUrl the address the browser showed after the login
     * @param expectedState     the state of the {@link AuthorizationRequest}
     * @return the saved tokens
     * @throws InvalidRequestException           when the URL has no code or belongs to another login attempt
     * @throws AuthorizationCodeExpiredException when Schwab refuses the code: it expired or was used already
     * @throws ReloginRequiredException          when Schwab refuses the app's credentials
     */
    public SchwabTokens completeLogin(String pastedRedirectUrl, String expectedState) {
        AuthorizationRedirect redirect = AuthorizationRedirect.parse(pastedRedirectUrl);
        redirect.requireState(expectedState);
        SchwabTokens tokens = oauth.exchangeCode(redirect.code());
        store.save(tokens);
        LOG.info("Schwab login complete; access token valid until {}, refresh token until {}",
                tokens.accessTokenExpiresAt(), tokens.refreshTokenExpiresAt(refreshTokenLifetime));
        return tokens;
    }

    /**
     * A usable access token from the store, refreshed first when it expires within the refresh margin (capped at
     * half the token's lifetime, see {@link SchwabTokens#refreshDueAt}). A caller that found the token due and then
     * waited for another caller's refresh takes that caller's token: a token that changed meanwhile counts as fresh.
     *
     * @return the access token
     * @throws ReloginRequiredException when no tokens are stored or the refresh token no longer works
     */
    @Override
    public String accessToken() {
        SchwabTokens seen = loadOrRelogin();
        if (seen.accessTokenUsableAt(clock.instant(), refreshMargin)) {
            return seen.accessToken();
        }
        return refreshUnless(tokens -> replacedSince(tokens, seen)
                || tokens.accessTokenUsableAt(clock.instant(), refreshMargin)).accessToken();
    }

    /**
     * Refreshes after Schwab rejected a token, unless another caller already replaced it in the store.
     *
     * @param rejectedToken the token Schwab answered HTTP 401 to
     * @return the token to retry with
     * @throws ReloginRequiredException when no tokens are stored or the refresh token no longer works
     */
    @Override
    public String refreshAfterRejection(String rejectedToken) {
        return refreshUnless(tokens -> !tokens.accessToken().equals(rejectedToken)).accessToken();
    }

    /**
     * Refreshes the access token now, whatever its expiry.
     *
     * @return the refreshed, saved tokens
     * @throws ReloginRequiredException when no tokens are stored or the refresh token no longer works
     */
    public SchwabTokens refreshNow() {
        return refreshUnless(tokens -> false);
    }

    /**
     * When the stored refresh token stops working, so that the caller can ask for a new login in time.
     *
     * @return the refresh token's expiry
     * @throws ReloginRequiredException when no tokens are stored
     */
    public Instant refreshTokenExpiresAt() {
        return loadOrRelogin().refreshTokenExpiresAt(refreshTokenLifetime);
    }

    private SchwabTokens refreshUnless(Predicate<SchwabTokens> alreadyFresh) {
        refreshLock.lock();
        try {
            SchwabTokens current = loadOrRelogin();
            if (alreadyFresh.test(current)) {
                return current;
            }
            Instant refreshExpiry = current.refreshTokenExpiresAt(refreshTokenLifetime);
            if (!clock.instant().isBefore(refreshExpiry)) {
                throw new ReloginRequiredException("the Schwab refresh token expired at " + refreshExpiry
                        + ", its lifetime after the login being over: log in again");
            }
            SchwabTokens refreshed = oauth.refresh(current);
            store.save(refreshed);
            LOG.info("refreshed the Schwab access token; valid until {}", refreshed.accessTokenExpiresAt());
            return refreshed;
        } finally {
            refreshLock.unlock();
        }
    }

    private boolean replacedSince(SchwabTokens current, SchwabTokens seen) {
        return !current.accessToken().equals(seen.accessToken())
                && clock.instant().isBefore(current.accessTokenExpiresAt());
    }

    private SchwabTokens loadOrRelogin() {
        return store.load().orElseThrow(() -> new ReloginRequiredException(
                "no Schwab tokens are stored: log in to Schwab through the browser first"));
    }
}
