package dev.artificer.system.algotrader.trading;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The TradingState port: the persisted kill switch, shared by every process on the same database (the service, the
 * command line, the hardware button), and the lease that lets only one process run the decision loop at a time.
 */
public interface TradingState {

    /**
     * The kill switch now.
     *
     * @return halted or not, why and since when
     */
    HaltStatus status();

    /**
     * Halts trading; no order is sent until {@link #resume}.
     *
     * @param reason why, shown by {@code trading status}
     * @param at     when
     * @return false when trading was halted already (the first reason is kept)
     */
    boolean halt(String reason, Instant at);

    /**
     * Resumes trading.
     *
     * @param at when
     * @return false when trading was not halted
     */
    boolean resume(Instant at);

    /**
     * Claims (or renews) the right to run the decision loop.
     *
     * @param owner the claiming process
     * @param now   the time
     * @param lease how long the claim holds without renewal
     * @return true when this owner holds the claim now
     */
    boolean claimLoop(String owner, Instant now, Duration lease);

    /**
     * Gives the claim up, when this owner holds it.
     *
     * @param owner the process
     */
    void releaseLoop(String owner);

    /**
     * The current claim.
     *
     * @return the lease, if any process holds one (possibly expired)
     */
    Optional<LoopLease> loopLease();
}
