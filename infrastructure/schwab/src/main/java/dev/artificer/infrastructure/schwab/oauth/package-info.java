/**
 * Schwab's OAuth2 authorization-code flow: the authorize URL, reading the code from a pasted redirect URL,
 * code exchange and refresh at the token endpoint, and a token manager that keeps tokens in a caller-supplied
 * {@link dev.artificer.infrastructure.schwab.oauth.TokenStore}. Secrets never appear in logs, messages or
 * {@code toString()}.
 */
package dev.artificer.infrastructure.schwab.oauth;
