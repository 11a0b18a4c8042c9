package dev.artificer.system.algotrader.adapters.schwab;

import dev.artificer.infrastructure.schwab.SchwabClient;
import dev.artificer.infrastructure.schwab.standin.InMemoryTokenStore;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import dev.artificer.infrastructure.schwab.standin.StandInStreamer;
import java.time.Duration;
import java.time.Instant;

/**
 * The stand-in Schwab API and streamer wired together as Schwab's are (the API's {@code userPreference} points at the
 * streamer, whose LOGIN accepts the API's access token), with a logged-in client.
 *
 * @param schwab   the stand-in API
 * @param streamer the stand-in streamer, heartbeating every 100 ms
 * @param client   a client logged in for 30 minutes
 */
record StandInStreaming(StandInSchwab schwab, StandInStreamer streamer, SchwabClient client) implements AutoCloseable {

    static StandInStreaming start() throws Exception {
        StandInSchwab schwab = StandInSchwab.start();
        StandInStreamer streamer = StandInStreamer.start(Duration.ofMillis(100));
        streamer.acceptTokens(schwab::acceptsAccessToken);
        schwab.streamerSocketUrl(streamer.url());
        SchwabClient client = schwab.client(
                InMemoryTokenStore.holding(schwab.loggedIn(Instant.now().plus(Duration.ofMinutes(30)))),
                StandInSchwab.fastSettings());
        return new StandInStreaming(schwab, streamer, client);
    }

    @Override
    public void close() throws InterruptedException {
        streamer.shutdown();
        schwab.close();
    }
}
