package dev.artificer.system.algotrader.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.system.algotrader.auth.TokenStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which state the light shows when several things are wrong at once, and the login as the panel sees it. */
class PanelStateTest {

    private static final Instant NOW = Instant.parse("2026-11-18T15:00:00Z");

    @Test
    void eachStateHasItsLight() {
        assertThat(PanelState.TRADING.light()).isEqualTo(PanelLight.STEADY);
        assertThat(PanelState.LOGIN_NEEDED.light()).isEqualTo(PanelLight.SLOW_BLINK);
        assertThat(PanelState.HALTED.light()).isEqualTo(PanelLight.FAST_BLINK);
        assertThat(PanelState.ERROR.light()).isEqualTo(PanelLight.FAST_BLINK);
        assertThat(PanelState.IDLE.light()).isEqualTo(PanelLight.OFF);
    }

    @Test
    void aHaltShowsBeforeEverythingElse() {
        assertThat(PanelState.of(true, LoginState.REQUIRED, true)).isEqualTo(PanelState.HALTED);
    }

    @Test
    void aRequiredLoginShowsBeforeTheFailedRunItCauses() {
        assertThat(PanelState.of(false, LoginState.REQUIRED, true)).isEqualTo(PanelState.LOGIN_NEEDED);
    }

    @Test
    void aFailedRunShowsBeforeALoginThatIsOnlyDueSoon() {
        assertThat(PanelState.of(false, LoginState.DUE_SOON, true)).isEqualTo(PanelState.ERROR);
        assertThat(PanelState.of(false, LoginState.DUE_SOON, false)).isEqualTo(PanelState.LOGIN_NEEDED);
    }

    @Test
    void nothingWrongIsTrading() {
        assertThat(PanelState.of(false, LoginState.NOT_USED, false)).isEqualTo(PanelState.TRADING);
        assertThat(PanelState.of(false, LoginState.LOGGED_IN, false)).isEqualTo(PanelState.TRADING);
    }

    @Test
    void loginStateFollowsTheStoredTokens() {
        assertThat(LoginState.of(new TokenStatus("file", false, null, null, null, null, false), NOW))
                .isEqualTo(LoginState.REQUIRED);
        assertThat(LoginState.of(tokens(Duration.ofDays(2), false), NOW)).isEqualTo(LoginState.LOGGED_IN);
        assertThat(LoginState.of(tokens(Duration.ofDays(6), true), NOW)).isEqualTo(LoginState.DUE_SOON);
        assertThat(LoginState.of(tokens(Duration.ofDays(8), true), NOW)).isEqualTo(LoginState.REQUIRED);
    }

    private static TokenStatus tokens(Duration age, boolean dueSoon) {
        Instant issued = NOW.minus(age);
        return new TokenStatus("file", true, NOW.plus(Duration.ofMinutes(20)), issued, issued.plus(Duration.ofDays(7)),
                age, dueSoon);
    }
}
