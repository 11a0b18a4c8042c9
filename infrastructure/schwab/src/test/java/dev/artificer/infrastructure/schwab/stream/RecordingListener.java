package dev.artificer.infrastructure.schwab.stream;

import dev.artificer.infrastructure.schwab.error.SchwabApiException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** A stream listener that keeps everything it hears, for tests to wait on and inspect. */
final class RecordingListener implements StreamListener {

    /** One status change. */
    record Status(StreamStatus status, String detail) {
    }

    final List<LevelOneQuote> quotes = new CopyOnWriteArrayList<>();
    final List<ChartCandle> candles = new CopyOnWriteArrayList<>();
    final List<CandleRejection> rejections = new CopyOnWriteArrayList<>();
    final List<SchwabApiException> problems = new CopyOnWriteArrayList<>();
    final List<Status> statuses = new CopyOnWriteArrayList<>();

    @Override
    public void onQuote(LevelOneQuote quote) {
        quotes.add(quote);
    }

    @Override
    public void onCandle(ChartCandle candle) {
        candles.add(candle);
    }

    @Override
    public void onCandleRejected(CandleRejection rejection) {
        rejections.add(rejection);
    }

    @Override
    public void onProblem(SchwabApiException problem) {
        problems.add(problem);
    }

    @Override
    public void onStatus(StreamStatus status, String detail) {
        statuses.add(new Status(status, detail));
    }

    long count(StreamStatus status) {
        return statuses.stream().filter(seen -> seen.status() == status).count();
    }

    /** Waits up to 5 s for a condition; fails naming it when it does not come true. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(10);
        }
    }
}
