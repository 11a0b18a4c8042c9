package dev.artificer.system.algotrader.trading;

import java.time.Instant;

/**
 * The kill switch's position.
 *
 * @param halted  whether trading is halted
 * @param reason  why it was halted (or resumed)
 * @param changed when it last changed; {@link Instant#EPOCH} when it never did
 */
public record HaltStatus(boolean halted, String reason, Instant changed) {
}
