package dev.artificer.system.algotrader.cli;

import dev.artificer.system.algotrader.auth.LoginRequiredException;
import dev.artificer.system.algotrader.auth.TokenStatus;
import org.springframework.beans.factory.ObjectProvider;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code algo-trader auth status}: when each token expires and how old the login is; never a token. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show when the Schwab tokens expire.")
public class AuthStatusCommand implements Callable<Integer> {

    private final SchwabAccess schwab;
    private final ObjectProvider<Clock> clock;

    @Spec
    private CommandSpec spec;

    /**
     * Creates the command.
     *
     * @param schwab the Schwab access
     * @param clock  the time
     */
    public AuthStatusCommand(SchwabAccess schwab, ObjectProvider<Clock> clock) {
        this.schwab = schwab;
        this.clock = clock;
    }

    /**
     * Prints the token state.
     *
     * @return 0 when logged in, 1 when a login is needed
     */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        TokenStatus status = schwab.session().status();
        out.println("Token store: " + status.location());
        if (!status.loggedIn()) {
            out.println("Not logged in: run `" + LoginRequiredException.LOGIN_COMMAND + "`");
            return 1;
        }
        Instant now = clock.getObject().instant();
        out.println("Access token:  expires " + status.accessTokenExpiresAt() + " (" + relative(now, status.accessTokenExpiresAt())
                + "; refreshed automatically)");
        out.println("Refresh token: issued " + status.refreshTokenIssuedAt() + " (" + hours(status.refreshTokenAge())
                + " old), expires " + status.refreshTokenExpiresAt() + " (" + relative(now, status.refreshTokenExpiresAt()) + ")");
        if (!now.isBefore(status.refreshTokenExpiresAt())) {
            out.println("Login expired: run `" + LoginRequiredException.LOGIN_COMMAND + "`");
            return 1;
        }
        if (status.loginDueSoon()) {
            out.println("Login due soon: run `" + LoginRequiredException.LOGIN_COMMAND + "` before the refresh token expires");
        }
        return 0;
    }

    private static String relative(Instant now, Instant moment) {
        Duration left = Duration.between(now, moment);
        return left.isNegative() ? "expired " + minutes(left.negated()) + " ago" : "in " + minutes(left);
    }

    private static String minutes(Duration duration) {
        return duration.toHours() >= 1 ? hours(duration) : duration.toMinutes() + " min";
    }

    private static String hours(Duration duration) {
        return duration.toDays() >= 1 ? duration.toDays() + " d " + duration.toHoursPart() + " h" : duration.toHours() + " h";
    }
}
