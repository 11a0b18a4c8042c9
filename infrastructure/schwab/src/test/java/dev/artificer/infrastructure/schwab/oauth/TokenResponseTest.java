package dev.artificer.infrastructure.schwab.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenResponseTest {

    private static final String BODY = """
            {"expires_in":1800,"token_type":"Bearer","scope":"api","refresh_token":"REFRESH-abc",
             "access_token":"I0.ACCESS-xyz@","id_token":"eyJ.ID.TOKEN"}
            """;

    @Test
    void readsEveryDocumentedField() {
        assertThat(TokenResponse.parse(BODY, "token refresh")).isEqualTo(new TokenResponse("I0.ACCESS-xyz@",
                "REFRESH-abc", Duration.ofMinutes(30), "Bearer", "api", "eyJ.ID.TOKEN"));
    }

    @Test
    void readsAnAnswerWithoutRefreshToken() {
        assertThat(TokenResponse.parse("{\"access_token\":\"a\",\"expires_in\":1800}", "token refresh").refreshToken())
                .isNull();
    }

    @Test
    void rejectsAnAnswerWithoutAccessTokenWithoutQuotingIt() {
        assertThatThrownBy(() -> TokenResponse.parse("{\"refresh_token\":\"REFRESH-abc\",\"expires_in\":1800}",
                "token refresh"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessage("token refresh: Schwab's token response lacks access_token or a positive expires_in")
                .hasNoCause();
    }

    @Test
    void rejectsBrokenJsonWithoutQuotingIt() {
        assertThatThrownBy(() -> TokenResponse.parse("{\"access_token\":\"I0.ACCESS-xyz@\",", "token refresh"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessage("token refresh: Schwab's token response is not JSON")
                .hasNoCause();
    }

    @Test
    void masksTheTokensInToString() {
        assertThat(TokenResponse.parse(BODY, "token refresh").toString())
                .doesNotContain("ACCESS-xyz", "REFRESH-abc", "ID.TOKEN")
                .contains("accessToken=****", "refreshToken=****", "idToken=****", "expiresIn=PT30M");
    }
}
