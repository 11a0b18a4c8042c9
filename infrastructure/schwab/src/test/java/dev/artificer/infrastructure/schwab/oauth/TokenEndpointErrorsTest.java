package dev.artificer.infrastructure.schwab.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.infrastructure.schwab.error.AuthorizationCodeExpiredException;
import dev.artificer.infrastructure.schwab.error.InvalidRequestException;
import dev.artificer.infrastructure.schwab.error.ReloginRequiredException;
import dev.artificer.infrastructure.schwab.error.SchwabApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenEndpointErrorsTest {

    /** The body Schwab sends for an expired or revoked refresh token (Schwabdev issue #40). */
    static final String NESTED_REFRESH_ERROR = "{\"error\":\"unsupported_token_type\",\"error_description\":"
            + "\"400 Bad Request: \\\"{\\\"error_description\\\":\\\"Exception while authenticating refresh token "
            + "[tokenDigest=AbCdEf0123456789]\\\",\\\"error\\\":\\\"refresh_token_authentication_error\\\"}\\\"\"}";

    @Test
    void mapsTheNestedRefreshTokenErrorToReloginRequired() {
        SchwabApiException failure = TokenEndpointErrors.of("token refresh", 400, NESTED_REFRESH_ERROR);

        assertThat(failure).isInstanceOf(ReloginRequiredException.class)
                .hasMessage("token refresh refused by Schwab (HTTP 400 refresh_token_authentication_error): "
                        + "log in to Schwab again through the browser");
    }

    @Test
    void neverQuotesTheErrorDescription() {
        SchwabApiException failure = TokenEndpointErrors.of("token refresh", 400, NESTED_REFRESH_ERROR);

        assertThat(failure.getMessage()).doesNotContain("tokenDigest").doesNotContain("AbCdEf0123456789");
    }

    @ParameterizedTest
    @ValueSource(strings = {"invalid_grant", "invalid_client", "unsupported_token_type"})
    void mapsRefusedGrantsToReloginRequired(String error) {
        SchwabApiException failure = TokenEndpointErrors.of("token refresh", 400,
                "{\"error\":\"" + error + "\",\"error_description\":\"refresh token invalid\"}");

        assertThat(failure).isInstanceOf(ReloginRequiredException.class).hasMessageContaining(error);
    }

    @Test
    void mapsARefusedClientWith401ToReloginRequired() {
        assertThat(TokenEndpointErrors.of("authorization code exchange", 401, "{\"error\":\"invalid_client\"}"))
                .isInstanceOf(ReloginRequiredException.class);
    }

    @Test
    void mapsOtherRefusalsToAnInvalidRequestNamingTheCode() {
        SchwabApiException failure = TokenEndpointErrors.of("token refresh", 400, "{\"error\":\"invalid_request\"}");

        assertThat(failure).isInstanceOf(InvalidRequestException.class)
                .hasMessage("token refresh refused by Schwab (HTTP 400 invalid_request)");
        assertThat(((InvalidRequestException) failure).status()).isEqualTo(400);
    }

    @Test
    void mapsAnHtmlRefusalToAnInvalidRequestNamingTheStatus() {
        assertThat(TokenEndpointErrors.of("token refresh", 403, "<html><body>Access Denied</body></html>"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("token refresh refused by Schwab (HTTP 403)");
    }

    @Test
    void dropsAnErrorCodeThatIsNotAPlainWord() {
        assertThat(TokenEndpointErrors.of("token refresh", 400, "{\"error\":\"leaked token abc.def ghi\"}"))
                .hasMessage("token refresh refused by Schwab (HTTP 400)");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"error\":\"invalid_grant\",\"error_description\":\"authorization code expired\"}",
        "{\"error\":\"unsupported_token_type\",\"error_description\":\"bad code\"}",
        NESTED_REFRESH_ERROR
    })
    void aRefusedAuthorizationCodeIsReportedAsExpiredNotAsARefusedRefresh(String body) {
        SchwabApiException failure = TokenEndpointErrors.ofCodeExchange(400, body);

        assertThat(failure).isInstanceOf(AuthorizationCodeExpiredException.class)
                .hasMessageStartingWith("the code expired: start the login again (Schwab refused the authorization "
                        + "code with HTTP 400 ")
                .hasMessageNotContaining("tokenDigest");
    }

    @Test
    void aRefusedClientInTheCodeExchangeIsNoExpiredCode() {
        assertThat(TokenEndpointErrors.ofCodeExchange(401, "{\"error\":\"invalid_client\"}"))
                .isInstanceOf(ReloginRequiredException.class)
                .hasMessageContaining("authorization code exchange refused by Schwab (HTTP 401 invalid_client)");
    }
}
