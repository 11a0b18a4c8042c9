package dev.artificer.infrastructure.schwab.marketdata;

import dev.artificer.component.market.Symbol;
import dev.artificer.infrastructure.schwab.error.InvalidRequestException;
import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import dev.artificer.infrastructure.schwab.error.RateLimitedException;
import dev.artificer.infrastructure.schwab.error.ReloginRequiredException;
import dev.artificer.infrastructure.schwab.error.SchwabServerException;
import dev.artificer.infrastructure.schwab.error.SchwabTransportException;
import dev.artificer.infrastructure.schwab.http.SchwabApiTransport;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Schwab's market data API. Every method validates its arguments before any call, and besides the exceptions
 * listed on it may throw {@link ReloginRequiredException}, {@link RateLimitedException},
 * {@link SchwabServerException}, {@link SchwabTransportException} and {@link MalformedResponseException}.
 * Thread-safe.
 */
public final class MarketDataClient {

    private static final Set<Integer> MOVERS_FREQUENCIES = Set.of(0, 1, 5, 10, 30, 60);

    private final String baseUrl;
    private final SchwabApiTransport transport;
    private final Clock clock;

    /**
     * Creates the client on the UTC system clock.
     *
     * @param baseUrl   the market data base URL, e.g. {@code https://api.schwabapi.com/marketdata/v1}
     * @param transport the authorized, resilient transport
     */
    public MarketDataClient(URI baseUrl, SchwabApiTransport transport) {
        this(baseUrl, transport, Clock.systemUTC());
    }

    /**
     * Creates the client.
     *
     * @param baseUrl   the market data base URL, e.g. {@code https://api.schwabapi.com/marketdata/v1}
     * @param transport the authorized, resilient transport
     * @param clock     what "now" is: price-history candles that start after it are rejected
     */
    public MarketDataClient(URI baseUrl, SchwabApiTransport transport, Clock clock) {
        this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
        this.transport = transport;
        this.clock = clock;
    }

    /**
     * Candles of one symbol ({@code GET /pricehistory}). Candles that start after now are rejected, not returned as
     * bars; when Schwab returns a shorter range than requested (1-minute history reaches back about 48 days), the
     * result's {@link PriceHistory#notices()} say so in one line.
     *
     * @param request the validated request
     * @return the candles as bars of the requested timeframe
     */
    public PriceHistory priceHistory(PriceHistoryRequest request) {
        return PriceHistoryParser.parse(get("/pricehistory", request.queryParameters()), request, clock.instant());
    }

    /**
     * Quotes of many symbols in one call ({@code GET /quotes}, fields {@code quote,reference,fundamental}).
     * Symbols Schwab does not know are reported in {@link QuoteBatch#invalidSymbols()}, not thrown.
     *
     * @param symbols Schwab symbols, e.g. {@code AAPL}, {@code $SPX}, {@code /ESZ25}
     * @return the quotes and the invalid symbols
     * @throws InvalidRequestException when no symbol is given, or one is blank or holds a comma
     */
    public QuoteBatch quotes(Collection<String> symbols) {
        if (symbols.isEmpty() || symbols.stream().anyMatch(symbol -> symbol == null || symbol.isBlank()
                || symbol.contains(","))) {
            throw new InvalidRequestException("quotes need at least one symbol, none blank or holding a comma "
                    + "(got " + symbols + ")");
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("symbols", symbols.stream().map(String::strip).collect(Collectors.joining(",")));
        query.put("fields", "quote,reference,fundamental");
        query.put("indicative", "false");
        return QuoteParser.parse(get("/quotes", query));
    }

    /**
     * Instruments with their fundamentals ({@code GET /instruments?projection=fundamental}).
     *
     * @param symbols the symbols
     * @return one instrument per symbol Schwab knows
     * @throws InvalidRequestException when no symbol is given
     */
    public List<Instrument> fundamentals(Collection<Symbol> symbols) {
        if (symbols.isEmpty()) {
            throw new InvalidRequestException("fundamentals need at least one symbol");
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("symbol", symbols.stream().map(Symbol::value).collect(Collectors.joining(",")));
        query.put("projection", "fundamental");
        return InstrumentParser.parse(get("/instruments", query));
    }

    /**
     * Trading hours of markets on one day ({@code GET /markets}); Schwab accepts today to one year ahead.
     *
     * @param markets the markets
     * @param date    the day
     * @return one entry per market product, e.g. equity {@code EQ}
     * @throws InvalidRequestException when no market is given
     */
    public List<MarketHours> marketHours(Set<Market> markets, LocalDate date) {
        if (markets.isEmpty() || date == null) {
            throw new InvalidRequestException("market hours need at least one market and a date");
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("markets", markets.stream().sorted().map(Market::wireName).collect(Collectors.joining(",")));
        query.put("date", date.toString());
        return MarketHoursParser.parse(get("/markets", query));
    }

    /**
     * The top movers of an index or market segment ({@code GET /movers/{index}}).
     *
     * @param index     what to rank
     * @param sort      how to rank
     * @param frequency Schwab's {@code frequency} filter: 0, 1, 5, 10, 30 or 60
     * @return the movers in Schwab's order
     * @throws InvalidRequestException when the frequency is not one of the allowed values
     */
    public List<Mover> movers(MoversIndex index, MoversSort sort, int frequency) {
        if (!MOVERS_FREQUENCIES.contains(frequency)) {
            throw new InvalidRequestException("movers frequency " + frequency
                    + " is not allowed: use one of 0, 1, 5, 10, 30, 60");
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("sort", sort.name());
        query.put("frequency", String.valueOf(frequency));
        return MoversParser.parse(get("/movers/" + encode(index.wireName()), query));
    }

    private String get(String path, Map<String, String> query) {
        String encoded = query.entrySet().stream()
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
        return transport.getJson(URI.create(baseUrl + path + "?" + encoded));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
