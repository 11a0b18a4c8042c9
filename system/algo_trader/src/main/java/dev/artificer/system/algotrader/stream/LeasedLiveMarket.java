package dev.artificer.system.algotrader.stream;

import dev.artificer.component.market.Symbol;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A live market that connects only while this process holds the {@link StreamLease}: it claims the lease when it
 * starts (refusing with {@link StreamConnectionHeldException} when another process holds it) and releases it when it
 * closes.
 */
public final class LeasedLiveMarket implements LiveMarket {

    private final LiveMarket market;
    private final StreamLease lease;
    private final Supplier<StreamHolder> claimant;

    /**
     * Creates it.
     *
     * @param market   the live market that holds the connection
     * @param lease    the lease
     * @param claimant this process, as told to others
     */
    public LeasedLiveMarket(LiveMarket market, StreamLease lease, Supplier<StreamHolder> claimant) {
        this.market = market;
        this.lease = lease;
        this.claimant = claimant;
    }

    @Override
    public String name() {
        return market.name();
    }

    /**
     * Claims the lease, then starts the market.
     *
     * @throws StreamConnectionHeldException when another process holds the connection
     */
    @Override
    public void start(Set<Symbol> symbols, LiveMarketListener listener) {
        Optional<StreamHolder> other = lease.claim(claimant.get());
        if (other.isPresent()) {
            throw new StreamConnectionHeldException(other.get());
        }
        try {
            market.start(symbols, listener);
        } catch (RuntimeException failure) {
            lease.release();
            throw failure;
        }
    }

    @Override
    public void close() {
        market.close();
        lease.release();
    }
}
