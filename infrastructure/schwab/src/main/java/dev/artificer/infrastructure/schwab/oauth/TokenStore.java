package dev.artificer.infrastructure.schwab.oauth;

import java.util.Optional;

/**
 * Where the caller keeps the Schwab tokens (Redis, a file, memory): the client reads them before calls and
 * hands every new set over after a login or refresh, but never decides where they live. Implementations must
 * be thread-safe.
 */
public interface TokenStore {

    /**
     * The stored tokens.
     *
     * @return the tokens, or empty when nobody has logged in yet
     */
    Optional<SchwabTokens> load();

    /**
     * Replaces the stored tokens.
     *
     * @param tokens the new tokens
     */
    void save(SchwabTokens tokens);
}
