/**
 * The transport under every Schwab call: the JDK {@link java.net.http.HttpClient} with timeouts, a client-side
 * rate limiter, retries of 5xx answers and connection failures with jittered backoff, HTTP 429 backoff
 * honouring {@code Retry-After}, and bearer-token calls that refresh the token once on HTTP 401.
 */
package dev.artificer.infrastructure.schwab.http;
