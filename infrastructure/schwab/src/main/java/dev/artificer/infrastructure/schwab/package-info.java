/**
 * A generic Charles Schwab API client: {@link dev.artificer.infrastructure.schwab.SchwabClient} wires OAuth2,
 * the caller's token store, the resilient transport and the market data API. Every URL, credential, timeout
 * and limit comes from the caller; the client stores nothing and reads no environment.
 */
package dev.artificer.infrastructure.schwab;
