package dev.artificer.system.algotrader.trading;

import dev.artificer.component.market.Bar;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Client keys: derived from what the order was decided on (assignment, strategy, bar, and its place among the
 * orders of that bar), so replaying the same bar after a crash asks for the same key and never a second order.
 */
public final class ClientKeys {

    private ClientKeys() {
    }

    /**
     * The key of the n-th order a strategy placed on a bar.
     *
     * @param assignment the assignment
     * @param bar        the bar
     * @param sequence   1 for the first order placed on that bar, 2 for the second, ...
     * @return e.g. {@code at-3f9a0c...} (27 characters)
     */
    public static String of(Assignment assignment, Bar bar, int sequence) {
        String identity = String.join("|", assignment.symbol().value(), assignment.timeframe().code(),
                assignment.identity(), Long.toString(assignment.assignedAt().toEpochMilli()),
                Long.toString(bar.start().toEpochMilli()), Integer.toString(sequence));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return "at-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is not available", missing);
        }
    }
}
