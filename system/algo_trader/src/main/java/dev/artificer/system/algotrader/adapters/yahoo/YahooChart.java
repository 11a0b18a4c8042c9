package dev.artificer.system.algotrader.adapters.yahoo;

import dev.artificer.component.market.Symbol;
import dev.artificer.system.algotrader.marketdata.UnknownSymbolException;
import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.channels.UnresolvedAddressException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Daily bars from Yahoo Finance's chart API ({@code GET BASE/v8/finance/chart/SYMBOL?period1=..&period2=..
 * &interval=1d&events=split}), no key needed. Answers of 429 and 5xx and timeouts are asked again with growing
 * pauses; every failure ends in one line: an unknown symbol ({@link UnknownSymbolException}), Yahoo busy or down,
 * no network, or an answer that is not the chart JSON ({@link YahooException}).
 */
public final class YahooChart {

    /** The source name stored with downloaded bars. */
    public static final String NAME = "yahoo";

    /** Yahoo refuses clients that do not look like a browser. */
    static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/130.0 Safari/537.36";

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final URI base;
    private final Duration timeout;
    private final Retries retries;
    private final HttpClient http;

    /**
     * Creates the client.
     *
     * @param base    root of the API, e.g. {@code https://query1.finance.yahoo.com}
     * @param timeout how long to wait for a connection and for each answer
     * @param retries how often and how patiently busy answers are asked again
     */
    public YahooChart(URI base, Duration timeout, Retries retries) {
        this.base = URI.create(base.toString().replaceAll("/+$", ""));
        this.timeout = timeout;
        this.retries = retries;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * Where the client asks, for messages.
     *
     * @return the root URL
     */
    public URI base() {
        return base;
    }

    /**
     * The daily bars of the New York trading days from {@code from} to {@code to}, both included.
     *
     * @param symbol whose bars
     * @param from   first day
     * @param to     last day, not before {@code from}
     * @return the bars, split-adjusted
     * @throws UnknownSymbolException when Yahoo does not know the symbol
     * @throws YahooException         when Yahoo cannot be reached or does not answer with bars
     */
    public YahooHistory daily(Symbol symbol, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        URI uri = base.resolve("/v8/finance/chart/" + URLEncoder.encode(symbol.value(), StandardCharsets.UTF_8)
                + "?period1=" + from.atStartOfDay(NEW_YORK).toEpochSecond()
                + "&period2=" + to.plusDays(1).atStartOfDay(NEW_YORK).toEpochSecond()
                + "&interval=1d&events=split&includeAdjustedClose=true");
        RetryPolicy<String> busy = RetryPolicy.<String>builder().handle(YahooBusyException.class)
                .withMaxAttempts(retries.attempts()).withBackoff(retries.firstPause(), retries.longestPause()).build();
        String body = Failsafe.with(busy).get(() -> fetch(symbol, uri));
        return ChartAnswer.history(symbol, body, from, to);
    }

    private String fetch(Symbol symbol, URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT)
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException slow) {
            throw new YahooBusyException("Yahoo Finance at " + base + " did not answer for " + symbol + " within "
                    + timeout.toSeconds() + " s", slow);
        } catch (ConnectException refused) {
            throw new YahooException("cannot reach Yahoo Finance at " + base + " (" + reason(refused)
                    + "); check the network connection or ALGO_TRADER_YAHOO_BASE_URL", refused);
        } catch (IOException broken) {
            throw new YahooException("cannot reach Yahoo Finance at " + base + " (" + reason(broken) + ")", broken);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new YahooException("interrupted while asking Yahoo Finance for " + symbol, interrupted);
        }
        return answer(symbol, response);
    }

    private String answer(Symbol symbol, HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        Optional<ChartAnswer.ChartError> error = ChartAnswer.error(body);
        if (status == 404 || error.filter(e -> "Not Found".equalsIgnoreCase(e.code())).isPresent()) {
            throw new UnknownSymbolException(symbol, "Yahoo Finance" + error.map(e -> " (" + e + ")").orElse(""));
        }
        if (status == 429 || status >= 500) {
            throw new YahooBusyException("Yahoo Finance answered HTTP " + status + (status == 429 ? " (too many requests)" : "")
                    + " for " + symbol + " " + retries.attempts() + " times; try again later", null);
        }
        if (status != 200 || error.isPresent()) {
            throw new YahooException("Yahoo Finance refused the request for " + symbol + ": HTTP " + status
                    + error.map(e -> " " + e).orElse(""), null);
        }
        return body;
    }

    private static String reason(IOException failure) {
        if (failure.getCause() instanceof UnresolvedAddressException) {
            return "host not found";
        }
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getCause() != null && failure.getCause().getMessage() != null ? failure.getCause().getMessage()
                    : failure.getClass().getSimpleName();
        }
        return message;
    }

    /**
     * How busy answers are asked again: at most {@code attempts} requests, pausing from {@code firstPause}, doubling,
     * up to {@code longestPause}.
     *
     * @param attempts     requests in all, at least 1
     * @param firstPause   the pause after the first busy answer
     * @param longestPause the longest pause
     */
    public record Retries(int attempts, Duration firstPause, Duration longestPause) {

        /** The default: 4 requests, pausing 1 s, 2 s, 4 s. */
        public static final Retries PATIENT = new Retries(4, Duration.ofSeconds(1), Duration.ofSeconds(8));

        /** Checks the values. */
        public Retries {
            if (attempts < 1 || firstPause.isNegative() || longestPause.compareTo(firstPause) <= 0) {
                throw new IllegalArgumentException("retries need at least 1 attempt and growing pauses");
            }
        }
    }
}
