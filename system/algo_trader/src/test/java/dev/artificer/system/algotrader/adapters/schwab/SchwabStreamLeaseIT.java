package dev.artificer.system.algotrader.adapters.schwab;

import static dev.artificer.system.algotrader.stream.Eventually.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.testsupport.services.RedisEndpoint;
import dev.artificer.component.testsupport.services.TestServices;
import dev.artificer.infrastructure.redis.RedisSettings;
import dev.artificer.infrastructure.schwab.SchwabClient;
import dev.artificer.infrastructure.schwab.standin.StandInStreamer;
import dev.artificer.infrastructure.schwab.stream.StreamerSettings;
import dev.artificer.system.algotrader.adapters.redis.AlgoTraderRedisClient;
import dev.artificer.system.algotrader.adapters.redis.RedisStreamLease;
import dev.artificer.system.algotrader.stream.LeasedLiveMarket;
import dev.artificer.system.algotrader.stream.LiveMarketListener;
import dev.artificer.system.algotrader.stream.LiveQuote;
import dev.artificer.system.algotrader.stream.StreamConnectionHeldException;
import dev.artificer.system.algotrader.stream.StreamHolder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two processes, one streamer connection: two leased Schwab live markets (each with its own Redis client, as two
 * processes have) against the stand-in streamer, which like Schwab lets a second LOGIN take the first one's place.
 */
class SchwabStreamLeaseIT {

    private static final LiveMarketListener IGNORED = new LiveMarketListener() {
        @Override
        public void quote(LiveQuote quote) {
        }

        @Override
        public void minuteClosed(Bar minute) {
        }
    };

    private StandInStreaming standIns;
    private StandInStreamer streamer;
    private SchwabClient client;
    private final List<AlgoTraderRedisClient> redis = new ArrayList<>();
    private final List<LeasedLiveMarket> markets = new ArrayList<>();
    private final String namespace = "it-" + UUID.randomUUID().toString().substring(0, 8) + ":";

    @BeforeEach
    void start() throws Exception {
        standIns = StandInStreaming.start();
        streamer = standIns.streamer();
        client = standIns.client();
    }

    @AfterEach
    void stop() throws InterruptedException {
        markets.forEach(LeasedLiveMarket::close);
        redis.forEach(AlgoTraderRedisClient::close);
        standIns.close();
    }

    private LeasedLiveMarket process(String name, String quotesUrl) {
        RedisEndpoint endpoint = TestServices.from(System.getenv()).redis();
        AlgoTraderRedisClient shared = new AlgoTraderRedisClient(RedisSettings.builder().host(endpoint.host())
                .port(endpoint.port()).database(endpoint.database()).namespace(namespace).build());
        redis.add(shared);
        LeasedLiveMarket market = new LeasedLiveMarket(new SchwabLiveMarket(client.trader(), client.tokens(),
                StreamerSettings.defaults()), new RedisStreamLease(shared, Duration.ofSeconds(10)),
                () -> new StreamHolder(name, quotesUrl));
        markets.add(market);
        return market;
    }

    @Test
    void aSecondProcessDoesNotConnectAndIsToldWhichProcessHoldsTheConnection() throws Exception {
        process("the service", "http://127.0.0.1:8090/stream/quotes").start(Set.of(Symbol.of("AAPL")), IGNORED);
        awaitUntil(() -> streamer.subscribed("LEVELONE_EQUITIES").contains("AAPL"));

        assertThatThrownBy(() -> process("a command", "").start(Set.of(Symbol.of("MSFT")), IGNORED))
                .isInstanceOfSatisfying(StreamConnectionHeldException.class, held -> assertThat(held.holder())
                        .isEqualTo(new StreamHolder("the service", "http://127.0.0.1:8090/stream/quotes")));

        Thread.sleep(300);
        assertThat(streamer.connectionsOpened()).isEqualTo(1);
        assertThat(streamer.subscribed("LEVELONE_EQUITIES")).containsExactly("AAPL");
    }

    @Test
    void whenTheHolderStopsTheNextProcessConnects() throws Exception {
        LeasedLiveMarket service = process("the service", "");
        service.start(Set.of(Symbol.of("AAPL")), IGNORED);
        awaitUntil(() -> streamer.subscribed("LEVELONE_EQUITIES").contains("AAPL"));
        service.close();

        process("a command", "").start(Set.of(Symbol.of("MSFT")), IGNORED);

        awaitUntil(() -> streamer.subscribed("LEVELONE_EQUITIES").contains("MSFT"));
        assertThat(streamer.connectionsOpened()).isEqualTo(2);
    }
}
