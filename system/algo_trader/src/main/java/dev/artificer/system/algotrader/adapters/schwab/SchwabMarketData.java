package dev.artificer.system.algotrader.adapters.schwab;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.CompanyProfile;
import dev.artificer.component.market.Fundamentals;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.infrastructure.schwab.marketdata.Fundamental;
import dev.artificer.infrastructure.schwab.marketdata.Instrument;
import dev.artificer.infrastructure.schwab.marketdata.MarketDataClient;
import dev.artificer.infrastructure.schwab.marketdata.PriceHistory;
import dev.artificer.infrastructure.schwab.marketdata.PriceHistoryRequest;
import dev.artificer.system.algotrader.marketdata.CompanyInfo;
import dev.artificer.system.algotrader.marketdata.FetchedBars;
import dev.artificer.system.algotrader.marketdata.HistoryLimits;
import dev.artificer.system.algotrader.marketdata.MarketDataSource;
import dev.artificer.system.algotrader.observability.ObservabilitySchema;
import dev.artificer.system.algotrader.observability.OutcomeTag;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production MarketDataSource: Schwab's market data API, within its documented reach per timeframe. Candles that
 * start after now never come back as bars (the client rejects them); when Schwab shortens a range, a warning says so.
 */
public final class SchwabMarketData implements MarketDataSource {

    private static final Logger LOG = LoggerFactory.getLogger(SchwabMarketData.class);

    /** The source name stored with Schwab data. */
    public static final String NAME = "schwab";

    private final MarketDataClient client;
    private final Clock clock;
    private final MeterRegistry meters;

    /**
     * Creates the adapter.
     *
     * @param client the Schwab market data client
     * @param clock  the time, for when fundamentals were taken
     * @param meters where Schwab calls are counted by endpoint and outcome
     */
    public SchwabMarketData(MarketDataClient client, Clock clock, MeterRegistry meters) {
        this.client = client;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FetchedBars history(Symbol symbol, Timeframe timeframe, Instant from, Instant to) {
        PriceHistory history = counted("pricehistory", () -> client.priceHistory(
                PriceHistoryRequest.forTimeframe(symbol, timeframe, from, to.minusMillis(1))));
        history.notices().forEach(notice -> LOG.warn("{}", notice));
        List<Bar> inRange = history.bars().stream()
                .filter(bar -> !bar.start().isBefore(from) && bar.start().isBefore(to))
                .toList();
        return new FetchedBars(inRange, history.rejected());
    }

    @Override
    public Optional<CompanyInfo> company(Symbol symbol) {
        return counted("instruments", () -> client.fundamentals(List.of(symbol))).stream()
                .filter(instrument -> symbol.value().equals(instrument.symbol()))
                .findFirst()
                .map(instrument -> new CompanyInfo(profile(symbol, instrument), fundamentals(symbol, instrument.fundamental())));
    }

    @Override
    public Duration requestSpan(Timeframe timeframe) {
        return HistoryLimits.requestSpan(timeframe);
    }

    @Override
    public Duration reach(Timeframe timeframe) {
        return HistoryLimits.reach(timeframe);
    }

    private <T> T counted(String endpoint, Supplier<T> call) {
        try {
            T result = call.get();
            count(endpoint, OutcomeTag.SUCCESS);
            return result;
        } catch (RuntimeException failure) {
            count(endpoint, OutcomeTag.FAILURE);
            throw failure;
        }
    }

    private void count(String endpoint, OutcomeTag outcome) {
        Counter.builder(ObservabilitySchema.Metrics.SCHWAB_CALLS).tag("endpoint", endpoint)
                .tag(ObservabilitySchema.Metrics.OUTCOME, outcome.tag()).register(meters).increment();
    }

    private static CompanyProfile profile(Symbol symbol, Instrument instrument) {
        return new CompanyProfile(symbol, instrument.cusip(), instrument.description(), instrument.exchange(),
                instrument.assetType());
    }

    private Fundamentals fundamentals(Symbol symbol, Fundamental figures) {
        if (figures == null) {
            return null;
        }
        return new Fundamentals(symbol, clock.instant(), figures.peRatio(), figures.pegRatio(), figures.pbRatio(),
                figures.epsTTM(), figures.dividendYield(), figures.dividendAmount(), figures.marketCap(),
                figures.sharesOutstanding(), figures.beta(), figures.high52(), figures.low52(), figures.grossMarginTTM(),
                figures.netProfitMarginTTM(), figures.operatingMarginTTM(), figures.returnOnEquity(),
                figures.returnOnAssets());
    }
}
