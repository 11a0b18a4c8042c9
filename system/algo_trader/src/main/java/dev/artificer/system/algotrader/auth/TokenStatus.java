package dev.artificer.system.algotrader.auth;

import java.time.Duration;
import java.time.Instant;

/**
 * What is known about the stored Schwab tokens, without the tokens themselves.
 *
 * @param location              where they are stored
 * @param loggedIn              whether any tokens are stored
 * @param accessTokenExpiresAt  when the access token expires (null when not logged in)
 * @param refreshTokenIssuedAt  when the refresh token was issued, i.e. the last login (null when not logged in)
 * @param refreshTokenExpiresAt when the refresh token expires (null when not logged in)
 * @param refreshTokenAge       how old the refresh token is (null when not logged in)
 * @param loginDueSoon          whether the refresh token is old enough to warn about
 */
public record TokenStatus(String location, boolean loggedIn, Instant accessTokenExpiresAt, Instant refreshTokenIssuedAt,
                          Instant refreshTokenExpiresAt, Duration refreshTokenAge, boolean loginDueSoon) {
}
