package dev.artificer.system.algotrader.cli;

import static dev.artificer.system.algotrader.stream.Eventually.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.artificer.component.market.Symbol;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcBarRepository;
import dev.artificer.system.algotrader.adapters.simulated.SimulatedLiveMarket;
import dev.artificer.system.algotrader.adapters.simulated.SimulatedMarket;
import dev.artificer.system.algotrader.adapters.web.LiveQuotesEndpoint;
import dev.artificer.system.algotrader.stream.LiveFeed;
import dev.artificer.system.algotrader.stream.LiveMarkets;
import dev.artificer.system.algotrader.stream.LiveQuote;
import dev.artificer.system.algotrader.stream.OpeningMarkets;
import dev.artificer.system.algotrader.stream.StreamMetrics;
import dev.artificer.system.algotrader.trading.MigratedDatabase;
import dev.artificer.system.algotrader.wiring.StreamWiring;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the {@code stream} command reads from the service that holds the streamer connection: the service's endpoint
 * over the simulated feed, served on a real loopback HTTP socket, read back by {@link ServiceQuotes}.
 */
class ServiceQuotesIT {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Symbol MSFT = Symbol.of("MSFT");

    private MigratedDatabase database;
    private LiveFeed feed;
    private HttpServer server;
    private String url;

    @BeforeEach
    void serve() throws Exception {
        database = MigratedDatabase.h2();
        Clock clock = Clock.systemUTC();
        SimulatedMarket market = new SimulatedMarket(clock);
        LiveMarkets simulated = new OpeningMarkets(() -> new SimulatedLiveMarket(market, clock, Duration.ofMillis(20)));
        feed = new LiveFeed(simulated, new JdbcBarRepository(database.jdbc(), "h2"), market,
                new StreamMetrics(new SimpleMeterRegistry()), clock, closed -> { });
        feed.start(Set.of(AAPL));
        LiveQuotesEndpoint endpoint = new LiveQuotesEndpoint(
                new StaticListableBeanFactory(Map.of("liveFeed", feed)).getBeanProvider(LiveFeed.class));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(StreamWiring.QUOTES_PATH, exchange -> {
            String symbols = URLDecoder.decode(exchange.getRequestURI().getRawQuery().substring("symbols=".length()),
                    StandardCharsets.UTF_8);
            byte[] body = JsonMapper.shared().writeValueAsBytes(endpoint.quotes(symbols));
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + StreamWiring.QUOTES_PATH;
        awaitUntil(() -> feed.latest(AAPL).isPresent());
    }

    @AfterEach
    void stop() {
        server.stop(0);
        feed.close();
        database.close();
    }

    @Test
    void theServicesLatestQuoteOfEachStreamedSymbolComesBackWhole() {
        List<LiveQuote> quotes = new ServiceQuotes(url, List.of(AAPL, MSFT)).fetch();

        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.symbol()).isEqualTo(AAPL);
            assertThat(quote.bid()).isPositive().isLessThan(quote.ask());
            assertThat(quote.time()).isBeforeOrEqualTo(feed.latest(AAPL).orElseThrow().time());
        });
    }

    @Test
    void aServiceThatDoesNotAnswerIsOneLineNamingItsAddress() {
        server.stop(0);

        assertThatThrownBy(() -> new ServiceQuotes(url, List.of(AAPL)).fetch())
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining(url);
    }
}
