package dev.artificer.infrastructure.schwab.http;

import dev.artificer.infrastructure.schwab.error.InvalidRequestException;
import dev.artificer.infrastructure.schwab.error.OrderRejectedException;
import dev.artificer.infrastructure.schwab.error.RateLimitedException;
import dev.artificer.infrastructure.schwab.error.ReloginRequiredException;
import dev.artificer.infrastructure.schwab.error.SchwabServerException;
import dev.artificer.infrastructure.schwab.error.SchwabTransportException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls Schwab's REST APIs with a bearer token: on HTTP 401 it asks the {@link AccessTokenSource} for one
 * refresh and retries once (a 401 means Schwab did not act, so order requests too); error statuses become the
 * exceptions of this client.
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
     * Sends an order request (place, cancel or replace) of one account under that account's order rate limit,
     * never resent after a 5xx answer or a connection failure (see {@link SchwabHttp#sendOrder}).
     *
     * @param method   {@code POST}, {@code PUT} or {@code DELETE}
     * @param uri      the full URI
     * @param jsonBody the order as JSON, or null for none
     * @param account  the account the order limit is counted for
     * @return the 2xx response, whose headers may matter (a placed order's {@code Location})
     * @throws OrderRejectedException   on a 4xx answer other than 401 and 429, with Schwab's message
     * @throws ReloginRequiredException when Schwab rejects even a freshly refreshed token
     * @throws RateLimitedException     when throttled beyond the retries, or no order permit came in time
     * @throws SchwabServerException    when Schwab answered 5xx
     * @throws SchwabTransportException when Schwab could not be reached
     */
    public HttpResponse<String> sendOrder(String method, URI uri, String jsonBody, String account) {
        String token = tokens.accessToken();
        HttpResponse<String> response = http.sendOrder(bearerOrder(method, uri, jsonBody, token), account);
        if (response.statusCode() == UNAUTHORIZED) {
            LOG.info("{}: Schwab rejected the access token (HTTP 401); refreshing it and retrying once",
                    SchwabHttp.describe(response.request()));
            response = http.sendOrder(bearerOrder(method, uri, jsonBody, tokens.refreshAfterRejection(token)), account);
        }
        return acceptedOrder(response);
    }

    /**
     * A 2xx response to an order request, or the exception its status stands for.
     *
     * @param response a response that is neither 429 nor 5xx
     * @return the response
     */
    static HttpResponse<String> acceptedOrder(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response;
        }
        String what = SchwabHttp.describe(response.request());
        if (status == UNAUTHORIZED) {
            throw relogin(what);
        }
        String reason = ApiErrorBody.detail(response.body()).orElse("");
        throw new OrderRejectedException(what + ": Schwab refused the order request (HTTP " + status + ")"
                + (reason.isEmpty() ? "" : ": " + reason), status, reason);
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
            throw relogin(what);
        }
        String detail = ApiErrorBody.summary(response.body()).map(summary -> ": " + summary).orElse("");
        throw new InvalidRequestException(what + ": Schwab answered HTTP " + status + detail, status);
    }

    private static ReloginRequiredException relogin(String what) {
        return new ReloginRequiredException(what + ": Schwab rejected a freshly refreshed access token (HTTP 401); "
                + "log in again");
    }

    private static HttpRequest bearerOrder(String method, URI uri, String jsonBody, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (jsonBody == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
                .build();
    }

    private static HttpRequest bearerGet(URI uri, String token) {
        return HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
    }
}
