package dev.artificer.infrastructure.schwab.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.schwab.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

class AuthorizationRedirectTest {

    private static final String CODE = "C0.b2F1dGgyLmJkYy5zY2h3YWIuY29t.Xy9kQ2Vw-_abc@";

    @Test
    void decodesTheUrlEncodedTrailingAt() {
        AuthorizationRedirect redirect = AuthorizationRedirect.parse(
                "https://127.0.0.1:8182/?code=C0.b2F1dGgyLmJkYy5zY2h3YWIuY29t.Xy9kQ2Vw-_abc%40"
                        + "&session=8c1f3a4e-1b2c-4d5e-8f90-123456789abc");

        assertThat(redirect.code()).isEqualTo(CODE);
    }

    @Test
    void keepsATrailingAtTheBrowserAlreadyDecoded() {
        AuthorizationRedirect redirect = AuthorizationRedirect.parse("https://127.0.0.1:8182/?code=" + CODE
                + "&session=8c1f3a4e");

        assertThat(redirect.code()).isEqualTo(CODE);
    }

    @Test
    void ignoresBlanksAroundThePastedUrlAndAFragment() {
        AuthorizationRedirect redirect = AuthorizationRedirect.parse("  https://127.0.0.1/cb?session=1&code=AB%40#top \n");

        assertThat(redirect.code()).isEqualTo("AB@");
    }

    @Test
    void keepsAPlusSignInTheCode() {
        assertThat(AuthorizationRedirect.parse("https://127.0.0.1/?code=A+B%40").code()).isEqualTo("A+B@");
    }

    @Test
    void readsTheEchoedState() {
        assertThat(AuthorizationRedirect.parse("https://127.0.0.1/?code=AB%40&state=s-1").state()).isEqualTo("s-1");
    }

    @Test
    void rejectsAUrlWithoutCodeWithoutRepeatingTheUrl() {
        assertThatThrownBy(() -> AuthorizationRedirect.parse("https://127.0.0.1/?session=secretish-session"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("has no 'code' parameter")
                .hasMessageNotContaining("secretish-session");
    }

    @Test
    void rejectsAnEmptyCode() {
        assertThatThrownBy(() -> AuthorizationRedirect.parse("https://127.0.0.1/?code=&session=1"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("empty 'code'");
    }

    @Test
    void rejectsABrokenEscapeWithoutRepeatingTheCode() {
        assertThatThrownBy(() -> AuthorizationRedirect.parse("https://127.0.0.1/?code=SECRETCODE%4"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("invalid %-escape")
                .hasMessageNotContaining("SECRETCODE");
    }

    @Test
    void rejectsTheStateOfAnotherLoginAttempt() {
        AuthorizationRedirect redirect = AuthorizationRedirect.parse("https://127.0.0.1/?code=AB%40&state=other");

        assertThatThrownBy(() -> redirect.requireState("mine"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("state mismatch");
    }

    @Test
    void acceptsARedirectWithoutState() {
        AuthorizationRedirect redirect = AuthorizationRedirect.parse("https://127.0.0.1/?code=AB%40&session=1");

        assertThatCode(() -> redirect.requireState("mine")).doesNotThrowAnyException();
    }

    @Test
    void masksTheCodeInToString() {
        assertThat(AuthorizationRedirect.parse("https://127.0.0.1/?code=" + CODE)).hasToString(
                "AuthorizationRedirect[code=****, state=null]");
    }
}
