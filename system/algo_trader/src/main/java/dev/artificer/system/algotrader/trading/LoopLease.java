package dev.artificer.system.algotrader.trading;

import java.time.Instant;

/**
 * Which process runs the decision loop, and until when its claim holds without renewal.
 *
 * @param owner e.g. {@code 12345@host}
 * @param until the end of the claim
 */
public record LoopLease(String owner, Instant until) {
}
