package dev.artificer.system.algotrader.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waits in tests for what a live feed's own thread does. */
public final class Eventually {

    private Eventually() {
    }

    /**
     * Waits until the condition holds, failing the test after 10 s.
     *
     * @param condition what should come true
     * @throws InterruptedException when interrupted while waiting
     */
    public static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
