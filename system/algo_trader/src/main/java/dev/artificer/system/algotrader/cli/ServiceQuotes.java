package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Symbol;
import dev.artificer.system.algotrader.stream.LiveQuote;
import dev.artificer.system.algotrader.stream.ServedQuote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/** The live quotes of the service that holds the streamer connection, fetched from its HTTP endpoint. */
final class ServiceQuotes {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final JsonMapper json = JsonMapper.shared();
    private final URI uri;

    ServiceQuotes(String quotesUrl, Collection<Symbol> symbols) {
        this.uri = URI.create(quotesUrl + "?symbols=" + URLEncoder.encode(symbols.stream().map(Symbol::value)
                .collect(Collectors.joining(",")), StandardCharsets.UTF_8));
    }

    /**
     * The service's latest quotes of the symbols.
     *
     * @return the quotes it has
     * @throws UncheckedIOException when the service does not answer, or answers with an error
     */
    List<LiveQuote> fetch() {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException unreachable) {
            throw new UncheckedIOException("the service at " + uri + " did not answer: " + unreachable.getMessage(),
                    unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted"));
        }
        if (response.statusCode() != 200) {
            throw new UncheckedIOException(new IOException("the service at " + uri + " answered HTTP "
                    + response.statusCode()));
        }
        return Arrays.stream(json.readValue(response.body(), ServedQuote[].class)).map(ServedQuote::quote).toList();
    }
}
