package dev.artificer.infrastructure.grafana.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends GET requests to Grafana with the settings' credentials and timeouts; I/O failures become one exception. */
final class GrafanaHttp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GrafanaHttp.class);

    private final GrafanaSettings settings;
    private final HttpClient client;

    GrafanaHttp(GrafanaSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpResponse<String> get(String pathAndQuery, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + pathAndQuery))
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET();
        String authorization = settings.authorization();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        String what = describe(pathAndQuery);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            LOG.debug("{} answered HTTP {}", what, response.statusCode());
            return response;
        } catch (HttpTimeoutException slow) {
            throw new GrafanaUnreachableException(what + ": no answer within " + timeout, slow);
        } catch (IOException unreachable) {
            throw new GrafanaUnreachableException(what + ": Grafana could not be reached (" + reason(unreachable) + ")",
                    unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new GrafanaUnreachableException(what + ": interrupted", interrupted);
        }
    }

    String describe(String pathAndQuery) {
        return "GET " + pathAndQuery + " at " + settings.baseUrl();
    }

    @Override
    public void close() {
        client.close();
    }

    private static String reason(IOException failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName()
                + (message == null || message.isBlank() ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
