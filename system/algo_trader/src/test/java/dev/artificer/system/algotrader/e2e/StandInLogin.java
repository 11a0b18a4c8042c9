package dev.artificer.system.algotrader.e2e;

import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The jar pointed at the stand-in Schwab, and its {@code auth login --manual} done as a user's browser would. */
final class StandInLogin {

    private StandInLogin() {
    }

    /**
     * The Schwab settings of the stand-in.
     *
     * @param schwab the stand-in
     * @return a mutable map of the variables
     */
    static Map<String, String> environment(StandInSchwab schwab) {
        return new HashMap<>(Map.of(
                "SCHWAB_API_KEY", StandInSchwab.APP_KEY,
                "SCHWAB_SECRET", StandInSchwab.APP_SECRET,
                "SCHWAB_BASE_URL", schwab.endpoints().token().resolve("/").toString(),
                "SCHWAB_CALLBACK_URL", StandInSchwab.CALLBACK.toString()));
    }

    /**
     * Runs {@code auth login --manual}, following the printed authorize URL to the stand-in and pasting back where it
     * redirects.
     *
     * @param home        the working directory
     * @param environment the variables
     * @return how the command ended
     * @throws Exception when the jar cannot be run
     */
    static JarRun.Result login(Path home, Map<String, String> environment) throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return JarRun.interactive(home, environment, line -> {
            if (!line.startsWith("http://127.0.0.1")) {
                return Optional.empty();
            }
            try {
                return browser.send(HttpRequest.newBuilder(URI.create(line)).build(),
                        HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location");
            } catch (Exception failure) {
                throw new IllegalStateException(failure);
            }
        }, "auth", "login", "--manual");
    }
}
