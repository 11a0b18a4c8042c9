package dev.artificer.system.algotrader.health;

import dev.artificer.system.algotrader.auth.LoginRequiredException;
import dev.artificer.system.algotrader.auth.SchwabSession;
import dev.artificer.system.algotrader.auth.TokenStatus;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Health of the Schwab login: when each token expires and whether a login is due; never a token. Down when
 * nobody is logged in or the refresh token has expired; "simulated market" when Schwab is not configured.
 */
@Component("schwab")
@Lazy
public class SchwabTokenHealth implements HealthIndicator {

    private final ObjectProvider<SchwabSession> session;
    private final Clock clock;

    /**
     * Creates the indicator.
     *
     * @param session the Schwab session, present only when credentials are configured
     * @param clock   the time
     */
    public SchwabTokenHealth(ObjectProvider<SchwabSession> session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    @Override
    public Health health() {
        SchwabSession available = session.getIfAvailable();
        if (available == null) {
            return Health.up().withDetail("marketData", "simulated (Schwab not configured)").build();
        }
        TokenStatus status = available.status();
        if (!status.loggedIn() || !clock.instant().isBefore(status.refreshTokenExpiresAt())) {
            return Health.down().withDetail("login", "needed: run `" + LoginRequiredException.LOGIN_COMMAND + "`")
                    .withDetail("store", status.location()).build();
        }
        return Health.up()
                .withDetail("accessTokenExpiresAt", status.accessTokenExpiresAt().toString())
                .withDetail("refreshTokenExpiresAt", status.refreshTokenExpiresAt().toString())
                .withDetail("loginDueSoon", status.loginDueSoon())
                .withDetail("store", status.location())
                .build();
    }
}
