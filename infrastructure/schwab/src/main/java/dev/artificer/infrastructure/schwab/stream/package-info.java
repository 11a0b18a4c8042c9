/**
 * The Schwab streamer client: one WebSocket per user, LOGIN with the access token, subscriptions to level-one
 * equity quotes and one-minute equity candles, typed events to a listener, and the resilience around it
 * (heartbeat watchdog, jittered reconnects, re-login with a refreshed token, resubscription).
 */
package dev.artificer.infrastructure.schwab.stream;
