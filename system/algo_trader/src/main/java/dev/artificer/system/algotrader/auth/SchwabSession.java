package dev.artificer.system.algotrader.auth;

import dev.artificer.system.algotrader.observability.ObservabilitySchema;
import dev.artificer.system.algotrader.observability.OutcomeTag;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Counter;
import dev.artificer.infrastructure.schwab.error.ReloginRequiredException;
import dev.artificer.infrastructure.schwab.http.AccessTokenSource;
import dev.artificer.infrastructure.schwab.oauth.AuthorizationRequest;
import dev.artificer.infrastructure.schwab.oauth.SchwabTokenManager;
import dev.artificer.infrastructure.schwab.oauth.SchwabTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Schwab session of this app: hands out a valid access token, refreshing it a few minutes before expiry
 * under the {@link RefreshLock} so that exactly one refresh happens however many threads or app instances
 * ask at once; warns when the weekly login is due; and turns every "log in again" case into one
 * {@link LoginRequiredException} that names the command to run. It is the {@link AccessTokenSource} of the
 * market data client, so the refresh after a rejected token (HTTP 401) takes the same lock.
 */
public final class SchwabSession implements AccessTokenSource {

    private static final Logger LOG = LoggerFactory.getLogger(SchwabSession.class);

    /** Schwab refresh tokens live seven days. */
    public static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(7);

    private final SchwabTokenManager tokens;
    private final TokenStorage storage;
    private final RefreshLock refreshLock;
    private final Clock clock;
    private final Duration refreshMargin;
    private final Duration warnAfter;
    private final MeterRegistry meters;

    /**
     * Creates the session.
     *
     * @param tokens        the token manager of the Schwab client
     * @param storage       where the tokens live
     * @param refreshLock   makes refreshes exclusive across instances
     * @param clock         the time
     * @param refreshMargin how long before expiry the access token is refreshed
     * @param warnAfter     refresh-token age from which a due login is announced
     * @param meters        where refresh attempts are counted ({@code algo_trader.schwab.token.refreshes})
     */
    public SchwabSession(SchwabTokenManager tokens, TokenStorage storage, RefreshLock refreshLock, Clock clock,
                         Duration refreshMargin, Duration warnAfter, MeterRegistry meters) {
        this.tokens = tokens;
        this.storage = storage;
        this.refreshLock = refreshLock;
        this.clock = clock;
        this.refreshMargin = refreshMargin;
        this.warnAfter = warnAfter;
        this.meters = meters;
    }

    /**
     * A valid access token, refreshed first when it expires within the margin.
     *
     * @return the access token
     * @throws LoginRequiredException when nobody logged in or the refresh token is no longer accepted
     */
    @Override
    public String accessToken() {
        SchwabTokens stored = storage.load().orElseThrow(() -> new LoginRequiredException("no tokens are stored"));
        warnIfLoginDue(stored);
        if (stored.accessTokenUsableAt(clock.instant(), refreshMargin)) {
            return stored.accessToken();
        }
        return underLock(tokens::accessToken);
    }

    /**
     * A new access token after Schwab rejected the given one, refreshed at most once across all callers.
     *
     * @param rejectedToken the token that got HTTP 401
     * @return a token other than the rejected one
     * @throws LoginRequiredException when the refresh token is no longer accepted
     */
    @Override
    public String refreshAfterRejection(String rejectedToken) {
        return underLock(() -> tokens.refreshAfterRejection(rejectedToken));
    }

    /**
     * Starts a browser login.
     *
     * @return the URL to open and the state to expect back
     */
    public AuthorizationRequest startLogin() {
        return tokens.startLogin();
    }

    /**
     * Completes a login with the URL the browser was redirected to.
     *
     * @param redirectUrl   the full redirect URL, as pasted or received
     * @param expectedState the state of the login that was started
     * @return the new token status
     */
    public TokenStatus completeLogin(String redirectUrl, String expectedState) {
        tokens.completeLogin(redirectUrl, expectedState);
        return status();
    }

    /**
     * The state of the stored tokens, without secrets.
     *
     * @return the status
     */
    public TokenStatus status() {
        Optional<SchwabTokens> stored = storage.load();
        if (stored.isEmpty()) {
            return new TokenStatus(storage.location(), false, null, null, null, null, false);
        }
        SchwabTokens current = stored.get();
        Duration age = Duration.between(current.refreshTokenIssuedAt(), clock.instant());
        return new TokenStatus(storage.location(), true, current.accessTokenExpiresAt(), current.refreshTokenIssuedAt(),
                current.refreshTokenExpiresAt(REFRESH_TOKEN_LIFETIME), age, age.compareTo(warnAfter) >= 0);
    }

    /** Forgets the stored tokens. */
    public void logout() {
        storage.clear();
    }

    /**
     * Runs the manager under the lock and counts a refresh only when it replaced the stored token, not when the
     * caller took the token another caller had refreshed while it waited for the lock.
     */
    private String underLock(Supplier<String> refresh) {
        try {
            return refreshLock.exclusively(() -> {
                Optional<String> before = storage.load().map(SchwabTokens::accessToken);
                String after = refresh.get();
                if (!before.equals(Optional.of(after))) {
                    countRefresh(OutcomeTag.SUCCESS);
                }
                return after;
            });
        } catch (ReloginRequiredException expired) {
            countRefresh(OutcomeTag.FAILURE);
            throw new LoginRequiredException(expired.getMessage());
        }
    }

    private void countRefresh(OutcomeTag outcome) {
        Counter.builder(ObservabilitySchema.Metrics.SCHWAB_TOKEN_REFRESHES)
                .tag(ObservabilitySchema.Metrics.OUTCOME, outcome.tag()).register(meters).increment();
    }

    private void warnIfLoginDue(SchwabTokens stored) {
        Duration age = Duration.between(stored.refreshTokenIssuedAt(), clock.instant());
        if (age.compareTo(warnAfter) >= 0) {
            Instant expiry = stored.refreshTokenExpiresAt(REFRESH_TOKEN_LIFETIME);
            LOG.warn("Schwab login due: the refresh token expires at {}; run `{}` before then", expiry,
                    LoginRequiredException.LOGIN_COMMAND);
        }
    }
}
