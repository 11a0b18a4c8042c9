package dev.artificer.system.algotrader.hardware;

import dev.artificer.system.algotrader.auth.TokenStatus;
import java.time.Instant;

/** The Schwab login as the panel sees it. */
public enum LoginState {
    /** No Schwab credentials are configured (simulated market, paper broker): no login is used. */
    NOT_USED("not used"),
    /** Logged in, and the weekly login is not due yet. */
    LOGGED_IN("logged in"),
    /** Logged in, but the refresh token is old enough that a login is due soon. */
    DUE_SOON("due soon (`auth login`)"),
    /** Not logged in, or the refresh token has expired. */
    REQUIRED("required (`auth login`)");

    private final String label;

    LoginState(String label) {
        this.label = label;
    }

    /**
     * How the status line says it.
     *
     * @return e.g. {@code logged in}
     */
    public String label() {
        return label;
    }

    /**
     * The login state of stored tokens.
     *
     * @param tokens what is known about the stored tokens
     * @param now    the time
     * @return logged in, due soon or required
     */
    public static LoginState of(TokenStatus tokens, Instant now) {
        if (!tokens.loggedIn() || !tokens.refreshTokenExpiresAt().isAfter(now)) {
            return REQUIRED;
        }
        return tokens.loginDueSoon() ? DUE_SOON : LOGGED_IN;
    }
}
