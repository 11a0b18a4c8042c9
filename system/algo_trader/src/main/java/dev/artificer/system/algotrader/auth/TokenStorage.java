package dev.artificer.system.algotrader.auth;

import dev.artificer.infrastructure.schwab.oauth.TokenStore;
import java.time.Duration;
import java.time.Instant;

/** The TokenStore port of algo_trader: where Schwab tokens live (Redis or a file), which can also forget them. */
public interface TokenStorage extends TokenStore {

    /** Schwab's access-token lifetime, assumed for tokens stored before their issue instant was kept. */
    Duration SCHWAB_ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(30);

    /**
     * The issue instant of a stored access token, or for one stored without it (by an older version) its expiry
     * minus Schwab's 30-minute lifetime.
     *
     * @param issuedAt  the stored issue instant, or null
     * @param expiresAt the stored expiry
     * @return the issue instant to use
     */
    static Instant issuedAtOrAssumed(Instant issuedAt, Instant expiresAt) {
        return issuedAt != null ? issuedAt : expiresAt.minus(SCHWAB_ACCESS_TOKEN_LIFETIME);
    }

    /** Forgets the stored tokens (logout). */
    void clear();

    /**
     * Where the tokens live, for status lines.
     *
     * @return e.g. {@code redis 127.0.0.1:6379/0} or a file path
     */
    String location();
}
