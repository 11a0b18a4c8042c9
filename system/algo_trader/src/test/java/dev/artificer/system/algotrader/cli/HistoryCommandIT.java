package dev.artificer.system.algotrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.infrastructure.schwab.http.SchwabApiTransport;
import dev.artificer.infrastructure.schwab.http.SchwabHttp;
import dev.artificer.infrastructure.schwab.marketdata.MarketDataClient;
import dev.artificer.infrastructure.schwab.oauth.SchwabOAuthClient;
import dev.artificer.infrastructure.schwab.oauth.SchwabTokenManager;
import dev.artificer.infrastructure.schwab.standin.Scripted;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import dev.artificer.system.algotrader.adapters.file.FileTokenStore;
import dev.artificer.system.algotrader.auth.RefreshLock;
import dev.artificer.system.algotrader.auth.SchwabSession;
import dev.artificer.system.algotrader.auth.TokenCipher;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import picocli.CommandLine;

/** {@code history} over real HTTP against the stand-in Schwab: future candles and shortened ranges. */
class HistoryCommandIT {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @TempDir
    Path home;

    private StandInSchwab schwab;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        schwab = StandInSchwab.start();
    }

    @AfterEach
    void stop() {
        schwab.close();
    }

    @Test
    void aCandleThatStartsAfterNowIsNotPrinted() {
        Instant past = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
        Instant future = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
        schwab.script(StandInSchwab.PRICE_HISTORY, Scripted.answer(200, "{\"symbol\":\"AAPL\",\"empty\":false,"
                + "\"candles\":[" + candle(past) + "," + candle(future) + "]}"));

        int exit = run("AAPL", "--timeframe", "1m");

        assertThat(exit).as(err.toString()).isZero();
        String shown = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(past.atZone(NEW_YORK));
        String unshown = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(future.atZone(NEW_YORK));
        assertThat(out.toString()).contains("1 bars from " + shown + " to " + shown).doesNotContain(unshown);
    }

    @Test
    void saysInOneLineThatSchwabShortenedTheRange() {
        schwab.generateHistory(0, Duration.ofDays(48));
        LocalDate to = LocalDate.now(NEW_YORK).minusDays(1);
        LocalDate from = to.minusDays(60);

        int exit = run("AAPL", "--timeframe", "1m", "--from", from.toString(), "--to", to.toString(), "--limit", "2");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("history: Schwab returned AAPL 1m bars from ")
                .contains("not from " + from.atStartOfDay(NEW_YORK).toInstant() + " as requested")
                .endsWith("(Schwab keeps 1m bars for about 48 days)");
        assertThat(out.toString()).contains("AAPL 1m bars (source: Schwab)");
    }

    private int run(String... arguments) {
        FileTokenStore storage = new FileTokenStore(home.resolve("tokens.json"), TokenCipher.forKey(""));
        storage.save(schwab.loggedIn(Instant.now().plus(Duration.ofMinutes(30))));
        SchwabHttp http = new SchwabHttp(StandInSchwab.fastSettings());
        SchwabTokenManager tokens = new SchwabTokenManager(new SchwabOAuthClient(StandInSchwab.credentials(),
                schwab.endpoints().authorize(), schwab.endpoints().token(), http, Clock.systemUTC()), storage,
                Clock.systemUTC(), Duration.ofMinutes(5), SchwabSession.REFRESH_TOKEN_LIFETIME);
        SchwabSession session = new SchwabSession(tokens, storage, RefreshLock.singleProcess(), Clock.systemUTC(),
                Duration.ofMinutes(5), Duration.ofDays(6), new SimpleMeterRegistry());
        MarketDataClient marketData = new MarketDataClient(schwab.endpoints().marketData(),
                new SchwabApiTransport(http, session), Clock.systemUTC());
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("session", session,
                "marketData", marketData, "clock", Clock.systemUTC()));
        SchwabAccess access = new SchwabAccess(beans.getBeanProvider(SchwabSession.class),
                beans.getBeanProvider(MarketDataClient.class));
        CommandLine command = new CommandLine(new HistoryCommand(access, beans.getBeanProvider(Clock.class)));
        ValueConverters.registerOn(command);
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(arguments);
    }

    private static String candle(Instant start) {
        return "{\"open\":10,\"high\":11,\"low\":9,\"close\":10.5,\"volume\":100,\"datetime\":" + start.toEpochMilli() + "}";
    }
}
