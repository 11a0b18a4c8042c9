package dev.artificer.infrastructure.schwab.trader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@code GET /userPreference}'s streamer info, in the live shape and the specification's. */
class PreferenceParserTest {

    private static final String INFO = "{\"streamerSocketUrl\":\"wss://streamer-api.schwab.com/ws\","
            + "\"schwabClientCustomerId\":\"cust\",\"schwabClientCorrelId\":\"corr\",\"schwabClientChannel\":\"N9\","
            + "\"schwabClientFunctionId\":\"APIAPP\"}";
    private static final StreamerInfo EXPECTED = new StreamerInfo(URI.create("wss://streamer-api.schwab.com/ws"),
            "cust", "corr", "N9", "APIAPP");

    @Test
    void theLiveAnswerIsOneObject() {
        assertThat(PreferenceParser.streamerInfo("{\"accounts\":[],\"streamerInfo\":[" + INFO + "],\"offers\":[]}"))
                .isEqualTo(EXPECTED);
    }

    @Test
    void theSpecificationsArrayIsReadToo() {
        assertThat(PreferenceParser.streamerInfo("[{\"streamerInfo\":[" + INFO + "]}]")).isEqualTo(EXPECTED);
    }

    @Test
    void anAnswerWithoutStreamerInfoIsMalformed() {
        assertThatThrownBy(() -> PreferenceParser.streamerInfo("{\"accounts\":[],\"streamerInfo\":[]}"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessage("user preference: Schwab's answer has an empty 'streamerInfo'");
    }

    @Test
    void aUrlThatIsNoWebSocketIsMalformed() {
        assertThatThrownBy(() -> PreferenceParser.streamerInfo("{\"streamerInfo\":["
                + INFO.replace("wss://", "https://") + "]}"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("is not a WebSocket URL");
    }

    @Test
    void theIdsAreMaskedInToString() {
        StreamerInfo info = new StreamerInfo(URI.create("wss://x/ws"), "customer-123456", "correl-987654", "N9",
                "APIAPP");

        assertThat(info.toString()).doesNotContain("customer-123456", "correl-987654").contains("3456", "7654");
    }
}
