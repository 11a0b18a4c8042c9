package dev.artificer.infrastructure.schwab.http;

import dev.artificer.infrastructure.schwab.error.RateLimitedException;
import dev.artificer.infrastructure.schwab.error.SchwabServerException;
import dev.artificer.infrastructure.schwab.error.SchwabTransportException;
import dev.failsafe.ExecutionContext;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests to Schwab with every resilience rule of this client: each attempt takes a permit from the
 * client-side rate limiter (order requests from their account's order limiter), a sliding window that lets no rolling
 * period hold more than the limit, and has a response timeout; 5xx
 * answers and connection failures are retried with jittered exponential backoff, except for order requests;
 * HTTP 429 is retried after the {@code Retry-After} wait. Other statuses are returned for the caller to
 * interpret. Thread-safe; share one instance per Schwab application so that the rate limits hold across all
 * calls, and give every process of the application the same shared {@link RateWindow} so that the non-order limit
 * holds across processes too.
 */
public final class SchwabHttp {

    private static final Logger LOG = LoggerFactory.getLogger(SchwabHttp.class);
    private static final int TOO_MANY_REQUESTS = 429;
    private static final Duration ONE_MINUTE = Duration.ofMinutes(1);

    private final HttpClient client;
    private final SchwabHttpSettings settings;
    private final ClientRateLimiter rateLimiter;
    private final Map<String, ClientRateLimiter> orderLimiters = new ConcurrentHashMap<>();
    private final RateLimitListener rateLimitListener;
    private final Clock clock;

    /**
     * Creates the transport over a new JDK HTTP client with the settings' connect timeout, its rate limits counted
     * in this process.
     *
     * @param settings timeouts, rate limit and retry bounds
     */
    public SchwabHttp(SchwabHttpSettings settings) {
        this(builder(settings));
    }

    private SchwabHttp(Builder builder) {
        this.settings = builder.settings;
        this.client = builder.client != null ? builder.client : HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.clock = builder.clock;
        this.rateLimitListener = builder.rateLimitListener;
        this.rateLimiter = new ClientRateLimiter(builder.requestWindow, settings.requestsPerPeriod(),
                settings.ratePeriod(), settings.maxPermitWait(), "requests", rateLimitListener);
    }

    /**
     * A builder for a transport with more than the settings: a caller-built HTTP client, a shared rate window, a
     * listener for rate-limit waits.
     *
     * @param settings timeouts, rate limit and retry bounds
     * @return a new builder
     */
    public static Builder builder(SchwabHttpSettings settings) {
        return new Builder(settings);
    }

    /**
     * Sends a request, retrying as the settings allow. The request gets the settings' response timeout unless
     * it has its own.
     *
     * @param request the request; it is sent unchanged on every attempt
     * @return the response, whose status is neither 429 nor 5xx
     * @throws RateLimitedException     when Schwab kept answering 429, or no rate-limit permit came in time
     * @throws SchwabServerException    when Schwab kept answering 5xx
     * @throws SchwabTransportException when Schwab could not be reached on any attempt
     */
    public HttpResponse<String> send(HttpRequest request) {
        return send(request, rateLimiter, true);
    }

    /**
     * Sends an order request (place, cancel or replace) of one account. Each attempt takes a permit from that
     * account's order rate limit instead of the non-order limit. It is resent after HTTP 429, which Schwab
     * answers without acting, but never after a 5xx answer or a connection failure, after which Schwab may
     * have acted on it.
     *
     * @param request the request
     * @param account the account the order limit is counted for, e.g. its hash
     * @return the response, whose status is neither 429 nor 5xx
     * @throws RateLimitedException     when Schwab kept answering 429, or no order permit came in time
     * @throws SchwabServerException    when Schwab answered 5xx
     * @throws SchwabTransportException when Schwab could not be reached, or no answer came in time
     */
    public HttpResponse<String> sendOrder(HttpRequest request, String account) {
        ClientRateLimiter permits = orderLimiters.computeIfAbsent(account, key -> new ClientRateLimiter(
                new LocalRateWindow(), settings.ordersPerMinute(), ONE_MINUTE, settings.maxOrderPermitWait(),
                "order requests of an account", rateLimitListener));
        return send(request, permits, false);
    }

    private HttpResponse<String> send(HttpRequest request, ClientRateLimiter permits, boolean resendable) {
        HttpRequest timed = request.timeout().isPresent() ? request
                : HttpRequest.newBuilder(request, (name, value) -> true).timeout(settings.requestTimeout()).build();
        String what = describe(request);
        int serverRetries = resendable ? settings.maxServerRetries() : 0;
        String afterRetries = resendable ? " after " + serverRetries + " retries"
                : "; not resent, since Schwab may have acted on it";
        HttpResponse<String> response;
        try {
            response = Failsafe.with(tooManyRequestsPolicy(what), transientFailurePolicy(what, serverRetries))
                    .get(() -> attempt(timed, what, permits));
        } catch (FailsafeException failure) {
            throw transportFailure(what, afterRetries, failure.getCause());
        }
        int status = response.statusCode();
        if (status == TOO_MANY_REQUESTS) {
            throw new RateLimitedException(what + ": Schwab still answered HTTP 429 after "
                    + settings.maxRateLimitRetries() + " retries");
        }
        if (status >= 500) {
            throw new SchwabServerException(what + ": Schwab " + (resendable ? "still " : "") + "answered HTTP "
                    + status + afterRetries, status);
        }
        return response;
    }

    /**
     * The request's method and path, without query: how requests are named in logs and messages.
     *
     * @param request the request
     * @return e.g. {@code GET /marketdata/v1/quotes}
     */
    public static String describe(HttpRequest request) {
        return request.method() + " " + request.uri().getRawPath();
    }

    private HttpResponse<String> attempt(HttpRequest request, String what, ClientRateLimiter permits)
            throws IOException, InterruptedException {
        permits.acquire(what);
        LOG.debug("sending {}", what);
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        LOG.debug("{} answered HTTP {}", what, response.statusCode());
        return response;
    }

    private RetryPolicy<HttpResponse<String>> transientFailurePolicy(String what, int maxRetries) {
        return RetryPolicy.<HttpResponse<String>>builder()
                .handleIf((response, failure) -> failure instanceof IOException
                        || failure == null && response.statusCode() >= 500)
                .withMaxRetries(maxRetries)
                .withBackoff(settings.initialBackoff(), settings.maxBackoff())
                .withJitter(settings.jitterFactor())
                .onRetryScheduled(event -> LOG.warn("{} failed ({}); retry {} of {} in {} ms", what,
                        outcome(event.getLastResult(), event.getLastException()), event.getAttemptCount(),
                        maxRetries, event.getDelay().toMillis()))
                .build();
    }

    private RetryPolicy<HttpResponse<String>> tooManyRequestsPolicy(String what) {
        return RetryPolicy.<HttpResponse<String>>builder()
                .handleIf((response, failure) -> failure == null && response.statusCode() == TOO_MANY_REQUESTS)
                .withMaxRetries(settings.maxRateLimitRetries())
                .withDelayFn(this::rateLimitDelay)
                .onRetryScheduled(event -> LOG.warn("{} was rate limited by Schwab (HTTP 429); retry {} of {} in {} ms",
                        what, event.getAttemptCount(), settings.maxRateLimitRetries(), event.getDelay().toMillis()))
                .build();
    }

    private Duration rateLimitDelay(ExecutionContext<HttpResponse<String>> context) {
        Duration backoff = settings.initialBackoff()
                .multipliedBy(1L << Math.min(16, Math.max(0, context.getAttemptCount() - 1)));
        Duration wanted = RetryAfter.parse(context.getLastResult().headers().firstValue("Retry-After"), clock.instant())
                .orElse(backoff);
        return wanted.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : wanted;
    }

    private static String outcome(HttpResponse<String> response, Throwable failure) {
        return failure != null ? failure.getClass().getSimpleName() : "HTTP " + response.statusCode();
    }

    private static SchwabTransportException transportFailure(String what, String afterRetries, Throwable cause) {
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new SchwabTransportException(what + ": interrupted", cause);
        }
        String reason = cause == null ? "unknown failure" : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " " + cause.getMessage());
        return new SchwabTransportException(what + ": Schwab could not be reached" + afterRetries + " ("
                + reason.lines().findFirst().orElse("") + ")", cause);
    }

    /** Collects the transport's parts; {@link #build()} creates it. */
    public static final class Builder {
        private final SchwabHttpSettings settings;
        private HttpClient client;
        private Clock clock = Clock.systemUTC();
        private RateWindow requestWindow = new LocalRateWindow();
        private RateLimitListener rateLimitListener = RateLimitListener.NONE;

        private Builder(SchwabHttpSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
        }

        /**
         * Sets the HTTP client, e.g. one with a proxy or custom TLS; its own connect timeout applies. Defaults to a
         * new JDK client with the settings' connect timeout.
         *
         * @param client the HTTP client
         * @return this builder
         */
        public Builder httpClient(HttpClient client) {
            this.client = client;
            return this;
        }

        /**
         * Sets the clock for HTTP-date {@code Retry-After} values; defaults to the UTC system clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets where non-order permits are counted. Defaults to a window inside this process; pass one shared by
         * every process of the Schwab application (e.g. in Redis), since Schwab counts its limit per application.
         *
         * @param window the shared window
         * @return this builder
         */
        public Builder requestWindow(RateWindow window) {
            this.requestWindow = Objects.requireNonNull(window, "window");
            return this;
        }

        /**
         * Sets who hears about every rate-limit wait, e.g. a metrics recorder; defaults to nobody.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder rateLimitListener(RateLimitListener listener) {
            this.rateLimitListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Creates the transport.
         *
         * @return the transport
         */
        public SchwabHttp build() {
            return new SchwabHttp(this);
        }
    }
}
