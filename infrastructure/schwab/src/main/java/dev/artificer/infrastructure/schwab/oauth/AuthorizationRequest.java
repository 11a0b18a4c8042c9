package dev.artificer.infrastructure.schwab.oauth;

import java.net.URI;

/**
 * Where to send the user's browser to log in to Schwab, and the random {@code state} to expect back.
 *
 * @param url   the authorize URL with {@code client_id}, {@code redirect_uri}, {@code response_type=code} and
 *              {@code state}
 * @param state the random state value in the URL
 */
public record AuthorizationRequest(URI url, String state) {
}
