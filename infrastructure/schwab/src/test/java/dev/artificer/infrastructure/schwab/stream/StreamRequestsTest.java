package dev.artificer.infrastructure.schwab.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Symbol;
import dev.artificer.infrastructure.schwab.trader.StreamerInfo;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The streamer requests' JSON, as the Streamer Guide lays it out. */
class StreamRequestsTest {

    private static final StreamerInfo INFO = new StreamerInfo(URI.create("wss://streamer-api.schwab.com/ws"),
            "customer-1", "correl-2", "N9", "APIAPP");

    private final StreamRequests requests = new StreamRequests(INFO);

    @Test
    void aLoginCarriesTheRawTokenTheIdsTheChannelAndTheFunctionId() {
        JsonNode login = only(requests.login("I0.token"));

        assertThat(login.path("service").asString()).isEqualTo("ADMIN");
        assertThat(login.path("command").asString()).isEqualTo("LOGIN");
        assertThat(login.path("SchwabClientCustomerId").asString()).isEqualTo("customer-1");
        assertThat(login.path("SchwabClientCorrelId").asString()).isEqualTo("correl-2");
        assertThat(login.path("parameters").path("Authorization").asString()).isEqualTo("I0.token");
        assertThat(login.path("parameters").path("SchwabClientChannel").asString()).isEqualTo("N9");
        assertThat(login.path("parameters").path("SchwabClientFunctionId").asString()).isEqualTo("APIAPP");
    }

    @Test
    void aSubscriptionNamesItsKeysAndTheServicesFields() {
        JsonNode subs = only(requests.subscription(StreamService.LEVELONE_EQUITIES, "SUBS",
                List.of(Symbol.of("AAPL"), Symbol.of("MSFT"))));

        assertThat(subs.path("service").asString()).isEqualTo("LEVELONE_EQUITIES");
        assertThat(subs.path("command").asString()).isEqualTo("SUBS");
        assertThat(subs.path("parameters").path("keys").asString()).isEqualTo("AAPL,MSFT");
        assertThat(subs.path("parameters").path("fields").asString()).isEqualTo("0,1,2,3,4,5,8,9,34,35");
    }

    @Test
    void anUnsubscriptionNamesOnlyItsKeys() {
        JsonNode unsubs = only(requests.subscription(StreamService.CHART_EQUITY, "UNSUBS", List.of(Symbol.of("SPY"))));

        assertThat(unsubs.path("parameters").path("keys").asString()).isEqualTo("SPY");
        assertThat(unsubs.path("parameters").has("fields")).isFalse();
    }

    @Test
    void eachRequestHasTheNextId() {
        String first = only(requests.login("t")).path("requestid").asString();
        String second = only(requests.logout()).path("requestid").asString();

        assertThat(List.of(first, second)).containsExactly("0", "1");
    }

    @ParameterizedTest
    @EnumSource(StreamService.class)
    void everyServiceRequestsItsFieldsInAscendingOrderStartingWithTheKey(StreamService service) {
        int[] fields = Arrays.stream(service.fields().split(",")).mapToInt(Integer::parseInt).toArray();

        assertThat(fields).isSorted().doesNotHaveDuplicates().startsWith(0);
    }

    @Test
    void chartEquityRequestsTheKeyAndAllEightValues() {
        assertThat(StreamService.CHART_EQUITY.fields()).isEqualTo("0,1,2,3,4,5,6,7,8");
    }

    private static JsonNode only(String json) {
        JsonNode root = JsonMapper.shared().readTree(json);
        assertThat(root.path("requests").size()).isEqualTo(1);
        return root.path("requests").get(0);
    }
}
