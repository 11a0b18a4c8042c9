package dev.artificer.system.algotrader.cli;

import dev.artificer.infrastructure.schwab.oauth.AuthorizationRequest;
import dev.artificer.system.algotrader.adapters.callback.HttpsCallbackReceiver;
import dev.artificer.system.algotrader.auth.SchwabSession;
import dev.artificer.system.algotrader.auth.TokenStatus;
import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import org.springframework.beans.factory.ObjectProvider;
import java.awt.Desktop;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code algo-trader auth login}: the Schwab OAuth login. By default a local HTTPS server on the registered
 * callback receives the redirect; {@code --manual} prints the URL and reads the pasted redirect URL instead.
 */
@Command(name = "login", mixinStandardHelpOptions = true, description = "Log in to Schwab in the browser.")
public class AuthLoginCommand implements Callable<Integer> {

    private final SchwabAccess schwab;
    private final ObjectProvider<AlgoTraderProperties> properties;

    @Spec
    private CommandSpec spec;

    @Option(names = "--manual", description = "Print the login URL and paste the redirect URL back here.")
    private boolean manual;

    @Option(names = "--timeout", defaultValue = "PT5M", description = "How long to wait for the browser (ISO-8601, default ${DEFAULT-VALUE}).")
    private Duration timeout;

    /**
     * Creates the command.
     *
     * @param schwab     the Schwab access
     * @param properties the configuration (callback URL)
     */
    public AuthLoginCommand(SchwabAccess schwab, ObjectProvider<AlgoTraderProperties> properties) {
        this.schwab = schwab;
        this.properties = properties;
    }

    /**
     * Runs the login.
     *
     * @return 0 when logged in
     * @throws IOException when the pasted URL cannot be read
     */
    @Override
    public Integer call() throws IOException {
        SchwabSession session = schwab.session();
        PrintWriter out = spec.commandLine().getOut();
        TokenStatus status = manual ? manualLogin(session, out) : callbackLogin(session, out);
        out.println("Logged in. Access token valid until " + status.accessTokenExpiresAt() + "; refresh token until "
                + status.refreshTokenExpiresAt() + " (log in again before then). Tokens stored in " + status.location() + ".");
        return 0;
    }

    private TokenStatus callbackLogin(SchwabSession session, PrintWriter out) {
        try (HttpsCallbackReceiver receiver = HttpsCallbackReceiver.start(URI.create(properties.getObject().schwab().callbackUrl()))) {
            AuthorizationRequest login = session.startLogin();
            out.println("Open this URL to log in to Schwab (your browser will warn about the local self-signed "
                    + "certificate of " + properties.getObject().schwab().callbackUrl() + "; accept it once):");
            out.println(login.url());
            out.flush();
            openBrowser(login.url());
            return session.completeLogin(receiver.awaitRedirect(timeout), login.state());
        }
    }

    private TokenStatus manualLogin(SchwabSession session, PrintWriter out) throws IOException {
        AuthorizationRequest login = session.startLogin();
        out.println("1. Open this URL and log in to Schwab:");
        out.println(login.url());
        out.println("2. Your browser then fails to load " + properties.getObject().schwab().callbackUrl() + "/?code=...: copy that "
                + "whole address and paste it here:");
        out.flush();
        String pasted = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (pasted == null || pasted.isBlank()) {
            throw new IllegalArgumentException("no redirect URL was pasted; run `auth login --manual` again");
        }
        return session.completeLogin(pasted.strip(), login.state());
    }

    private static void openBrowser(URI url) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(url);
            }
        } catch (IOException | UnsupportedOperationException noBrowser) {
            // The URL is printed above; opening it by hand works the same.
            return;
        }
    }
}
