package dev.artificer.infrastructure.schwab.standin;

import dev.artificer.infrastructure.schwab.oauth.SchwabTokens;
import dev.artificer.infrastructure.schwab.oauth.TokenStore;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A caller's token store kept in memory, counting saves. */
public final class InMemoryTokenStore implements TokenStore {

    private final AtomicReference<SchwabTokens> tokens = new AtomicReference<>();
    private final AtomicInteger saves = new AtomicInteger();

    /**
     * A store already holding tokens.
     *
     * @param initial the tokens
     * @return the store
     */
    public static InMemoryTokenStore holding(SchwabTokens initial) {
        InMemoryTokenStore store = new InMemoryTokenStore();
        store.tokens.set(initial);
        return store;
    }

    @Override
    public Optional<SchwabTokens> load() {
        return Optional.ofNullable(tokens.get());
    }

    @Override
    public void save(SchwabTokens newTokens) {
        saves.incrementAndGet();
        tokens.set(newTokens);
    }

    /**
     * The stored tokens.
     *
     * @return the tokens; fails when none are stored
     */
    public SchwabTokens current() {
        return load().orElseThrow();
    }

    /**
     * How often tokens were saved.
     *
     * @return the count
     */
    public int saves() {
        return saves.get();
    }
}
