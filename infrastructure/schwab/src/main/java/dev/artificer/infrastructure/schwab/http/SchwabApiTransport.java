package dev.artificer.infrastructure.schwab.http;

import dev.artificer.infrastructure.schwab.error.InvalidRequestException;
import dev.artificer.infrastructure.schwab.error.RateLimitedException;
import dev.artificer.infrastructure.schwab.error.ReloginRequiredException;
import dev.artificer.infrastructure.schwab.error.SchwabServerException;
import dev.artificer.infrastructure.schwab.error.SchwabTransportException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls Schwab's REST APIs with a bearer token: on HTTP 401 it asks the {@link AccessTokenSource} for one
 * refresh and retries once; error statuses become the exceptions of this client.
 */
public final class SchwabApiTransport {

    private static final Logger LOG = LoggerFactory.getLogger(SchwabApiTransport.class);
    private static final int UNAUTHORIZED = 401;

    private final SchwabHttp http;
    private final AccessTokenSource tokens;

    /**
     * Creates the transport.
     *
     * @param http   the resilient HTTP layer
     * @param tokens where access tokens come from and how they are refreshed
     */
    public SchwabApiTransport(SchwabHttp http, AccessTokenSource tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    /**
     * GETs a JSON resource.
     *
     * @param uri the full URI, query included
     * @return the response body of a 2xx answer
     * @throws ReloginRequiredException when Schwab rejects even a freshly refreshed token
     * @throws InvalidRequestException  on any other 4xx answer, with Schwab's error title and detail
     * @throws RateLimitedException     when throttled beyond the retries
     * @throws SchwabServerException    when Schwab kept answering 5xx
     * @throws SchwabTransportException when Schwab could not be reached
     */
    public String getJson(URI uri) {
        String token = tokens.accessToken();
        HttpResponse<String> response = http.send(bearerGet(uri, token));
        if (response.statusCode() == UNAUTHORIZED) {
            LOG.info("{}: Schwab rejected the access token (HTTP 401); refreshing it and retrying once",
                    SchwabHttp.describe(response.request()));
            response = http.send(bearerGet(uri, tokens.refreshAfterRejection(token)));
        }
        return bodyOf(response);
    }

    /**
     * The body of a 2xx response, or the exception its status stands for.
     *
     * @param response a response that is neither 429 nor 5xx
     * @return the body
     */
    static String bodyOf(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response.body();
        }
        String what = SchwabHttp.describe(response.request());
        if (status == UNAUTHORIZED) {
            throw new ReloginRequiredException(what + ": Schwab rejected a freshly refreshed access token (HTTP 401); "
                    + "log in again");
        }
        String detail = ApiErrorBody.summary(response.body()).map(summary -> ": " + summary).orElse("");
        throw new InvalidRequestException(what + ": Schwab answered HTTP " + status + detail, status);
    }

    private static HttpRequest bearerGet(URI uri, String token) {
        return HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
    }
}
