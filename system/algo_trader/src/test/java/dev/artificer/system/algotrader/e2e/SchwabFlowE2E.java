package dev.artificer.system.algotrader.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.testsupport.services.RedisEndpoint;
import dev.artificer.component.testsupport.services.TestServices;
import dev.artificer.infrastructure.redis.RedisSettings;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import dev.artificer.system.algotrader.adapters.redis.AlgoTraderRedisClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Phase 1 flow as a user runs it: the jar against a local stand-in of Schwab and a real Redis, from a clean
 * token state through login, history, an expired access token and an expired login.
 */
class SchwabFlowE2E {

    /** A line of the (debug) log, which one-shot commands write to stderr. */
    private static final Pattern LOG_LINE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\S+\\s+(TRACE|DEBUG|INFO|WARN|ERROR)\\s");


    private static final String ACCESS_KEY = "schwab:access-token";
    private static final String REFRESH_KEY = "schwab:refresh-token";

    @TempDir
    Path home;

    private StandInSchwab schwab;
    private AlgoTraderRedisClient redis;
    private Map<String, String> environment;
    private final StringBuilder everything = new StringBuilder();

    @BeforeEach
    void start() throws Exception {
        RedisEndpoint endpoint = TestServices.from(System.getenv()).redis();
        redis = new AlgoTraderRedisClient(RedisSettings.builder().host(endpoint.host()).port(endpoint.port())
                .database(endpoint.database()).namespace(AlgoTraderRedisClient.NAMESPACE).build());
        redis.delete(ACCESS_KEY);
        redis.delete(REFRESH_KEY);
        schwab = StandInSchwab.start();
        environment = new HashMap<>(Map.of(
                "SCHWAB_API_KEY", StandInSchwab.APP_KEY,
                "SCHWAB_SECRET", StandInSchwab.APP_SECRET,
                "SCHWAB_BASE_URL", schwab.endpoints().token().resolve("/").toString(),
                "SCHWAB_CALLBACK_URL", StandInSchwab.CALLBACK.toString(),
                "REDIS_HOST", endpoint.host(),
                "REDIS_PORT", String.valueOf(endpoint.port()),
                "REDIS_DATABASE", String.valueOf(endpoint.database()),
                "LOGGING_LEVEL_DEV_ARTIFICER", "DEBUG"));
    }

    @AfterEach
    void stop() {
        if (redis != null) {
            redis.delete(ACCESS_KEY);
            redis.delete(REFRESH_KEY);
            redis.close();
        }
        if (schwab != null) {
            schwab.close();
        }
    }

    private JarRun.Result run(String... args) throws Exception {
        JarRun.Result result = JarRun.run(home, environment, args);
        everything.append(result.all());
        return result;
    }

    private JarRun.Result manualLogin() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        JarRun.Result result = JarRun.interactive(home, environment, line -> {
            if (!line.startsWith("http://127.0.0.1")) {
                return Optional.empty();
            }
            try {
                HttpResponse<Void> redirect = browser.send(HttpRequest.newBuilder(URI.create(line)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return redirect.headers().firstValue("Location");
            } catch (Exception failure) {
                throw new IllegalStateException(failure);
            }
        }, "auth", "login", "--manual");
        everything.append(result.all());
        return result;
    }

    @Test
    void loginHistoryRefreshAndExpiredLoginWorkAsAUserSeesThem() throws Exception {
        JarRun.Result notLoggedIn = run("history", "AAPL");
        assertThat(notLoggedIn.exitCode()).isEqualTo(1);
        assertThat(notLoggedIn.err().strip()).isEqualTo(
                "history: Schwab login needed (no tokens are stored): run `java -jar system/algo-trader.jar auth login`");

        JarRun.Result login = manualLogin();
        assertThat(login.exitCode()).as(login.all()).isZero();
        assertThat(login.out()).contains("Logged in.");
        assertThat(redis.exists(REFRESH_KEY)).isTrue();
        assertThat(redis.ttl(ACCESS_KEY)).isPresent();
        assertThat(schwab.codeGrants()).isEqualTo(1);

        JarRun.Result status = run("auth", "status");
        assertThat(status.exitCode()).as(status.all()).isZero();
        assertThat(status.out()).contains("Access token:  expires").contains("Refresh token: issued");

        JarRun.Result history = run("history", "AAPL", "--limit", "5");
        assertThat(history.exitCode()).as(history.all()).isZero();
        assertThat(history.out()).contains("AAPL daily bars (source: Schwab)").containsPattern("\\d{4}-\\d{2}-\\d{2}\\s+\\d+\\.\\d{2}");
        assertThat(schwab.refreshGrants()).isZero();

        redis.delete(ACCESS_KEY);
        JarRun.Result afterExpiry = run("history", "AAPL", "--limit", "1");
        assertThat(afterExpiry.exitCode()).as(afterExpiry.all()).isZero();
        assertThat(schwab.refreshGrants()).isEqualTo(1);

        schwab.revokeRefreshToken();
        redis.delete(ACCESS_KEY);
        JarRun.Result expiredLogin = run("history", "AAPL");
        assertThat(expiredLogin.exitCode()).isEqualTo(1);
        assertThat(expiredLogin.err().lines().filter(line -> !LOG_LINE.matcher(line).find())).as("besides the log")
                .hasSize(1).first().asString()
                .startsWith("history: Schwab login needed").endsWith("run `java -jar system/algo-trader.jar auth login`");
        assertThat(expiredLogin.err()).doesNotContain("Exception", "\tat ");

        assertThat(everything).doesNotContain(StandInSchwab.APP_SECRET).doesNotContain(schwab.secrets());
    }

    @Test
    void logoutForgetsTheTokens() throws Exception {
        assertThat(manualLogin().exitCode()).isZero();

        JarRun.Result logout = run("auth", "logout");

        assertThat(logout.exitCode()).isZero();
        assertThat(redis.exists(REFRESH_KEY)).isFalse();
        assertThat(run("auth", "status").out()).contains("Not logged in");
    }
}
