package dev.artificer.system.algotrader.auth;

import java.util.function.Supplier;

/**
 * Makes a token refresh exclusive across every process that shares the token store, so that two app
 * instances never spend the same refresh token twice.
 */
public interface RefreshLock {

    /**
     * Runs the work while holding the lock.
     *
     * @param work what to do
     * @param <T>  its result type
     * @return its result
     */
    <T> T exclusively(Supplier<T> work);

    /**
     * The lock for a store no other process shares: the work simply runs (the token manager already
     * serialises refreshes inside this process).
     *
     * @return the lock
     */
    static RefreshLock singleProcess() {
        return new RefreshLock() {
            @Override
            public <T> T exclusively(Supplier<T> work) {
                return work.get();
            }
        };
    }
}
