/**
 * Schwab's trader API ({@code /trader/v1}): account numbers and their hashes, an account's positions and
 * balances, and equity orders (place, get, cancel, list), as validated requests and immutable results.
 */
package dev.artificer.infrastructure.schwab.trader;
