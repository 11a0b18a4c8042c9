package dev.artificer.system.algotrader.auth;

import dev.artificer.infrastructure.schwab.oauth.TokenStore;

/** The TokenStore port of algo_trader: where Schwab tokens live (Redis or a file), which can also forget them. */
public interface TokenStorage extends TokenStore {

    /** Forgets the stored tokens (logout). */
    void clear();

    /**
     * Where the tokens live, for status lines.
     *
     * @return e.g. {@code redis 127.0.0.1:6379/0} or a file path
     */
    String location();
}
