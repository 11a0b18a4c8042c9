package dev.artificer.system.algotrader.wiring;

import dev.artificer.system.algotrader.adapters.simulated.SimulatedLiveMarket;
import dev.artificer.system.algotrader.adapters.simulated.SimulatedMarket;
import dev.artificer.system.algotrader.marketdata.MarketDataSource;
import dev.artificer.system.algotrader.stream.LiveMarket;
import dev.artificer.system.algotrader.stream.LiveMarkets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The live market: the simulated market's own feed; Schwab's streamer is not yet held by the app. */
@Configuration(proxyBeanMethods = false)
@Lazy
public class StreamWiring {

    /** How often the simulated feed quotes each symbol. */
    static final Duration SIMULATED_QUOTES_EVERY = Duration.ofSeconds(1);

    /**
     * Opens the live market of the configured source.
     *
     * @param source the market data source
     * @param clock  the time
     * @return the live markets
     */
    @Bean
    public LiveMarkets liveMarkets(MarketDataSource source, Clock clock) {
        return new LiveMarkets() {
            @Override
            public Optional<LiveMarket> open() {
                return source instanceof SimulatedMarket simulated
                        ? Optional.of(new SimulatedLiveMarket(simulated, clock, SIMULATED_QUOTES_EVERY))
                        : Optional.empty();
            }

            @Override
            public String unavailableBecause() {
                return "live quotes from " + source.name() + " are not available yet: the app does not hold a Schwab "
                        + "streamer connection (without Schwab settings, the simulated market streams)";
            }
        };
    }
}
