package dev.artificer.system.algotrader.trading;

import java.time.Instant;

/**
 * Which process runs the decision loop, and until when its claim holds without renewal.
 *
 * @param owner e.g. {@code 12345@host}
 * @param until the end of the claim
 */
public record LoopLease(String owner, Instant until) {

    /**
     * Whether the holder is a process on this host that is no longer running (it crashed or was killed), so that its
     * claim can be taken over at once instead of waiting for it to run out.
     *
     * @param self this process, as {@code pid@host}
     * @return true only when the holder ran on the same host and its pid is no longer alive
     */
    public boolean heldByAGoneProcessOnThisHost(String self) {
        int at = owner.indexOf('@');
        int selfAt = self.indexOf('@');
        if (at < 1 || selfAt < 1 || !owner.substring(at + 1).equals(self.substring(selfAt + 1))
                || owner.equals(self)) {
            return false;
        }
        try {
            long pid = Long.parseLong(owner.substring(0, at));
            return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
        } catch (NumberFormatException notAPid) {
            return false;
        }
    }
}
