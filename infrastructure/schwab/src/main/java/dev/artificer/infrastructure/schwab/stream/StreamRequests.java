package dev.artificer.infrastructure.schwab.stream;

import dev.artificer.component.market.Symbol;
import dev.artificer.infrastructure.schwab.trader.StreamerInfo;
import java.util.Collection;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the streamer's requests: {@code {"requests":[{"service","command","requestid","SchwabClientCustomerId",
 * "SchwabClientCorrelId","parameters":{…}}]}}. A LOGIN carries the raw access token: never log its text.
 */
final class StreamRequests {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final StreamerInfo info;
    private int nextId;

    StreamRequests(StreamerInfo info) {
        this.info = info;
    }

    /** LOGIN to ADMIN with the raw access token (no {@code Bearer}), the channel and the function id. */
    String login(String accessToken) {
        ObjectNode request = request("ADMIN", "LOGIN");
        request.putObject("parameters")
                .put("Authorization", accessToken)
                .put("SchwabClientChannel", info.channel())
                .put("SchwabClientFunctionId", info.functionId());
        return wrap(request);
    }

    /** LOGOUT from ADMIN. */
    String logout() {
        ObjectNode request = request("ADMIN", "LOGOUT");
        request.putObject("parameters");
        return wrap(request);
    }

    /**
     * SUBS (replaces the symbol set) or ADD, with the service's fields in ascending order; or UNSUBS, keys only.
     *
     * @param service the service
     * @param command {@code SUBS}, {@code ADD} or {@code UNSUBS}
     * @param symbols the symbols
     */
    String subscription(StreamService service, String command, Collection<Symbol> symbols) {
        ObjectNode request = request(service.name(), command);
        ObjectNode parameters = request.putObject("parameters")
                .put("keys", symbols.stream().map(Symbol::value).collect(Collectors.joining(",")));
        if (!command.equals("UNSUBS")) {
            parameters.put("fields", service.fields());
        }
        return wrap(request);
    }

    private ObjectNode request(String service, String command) {
        return JSON.createObjectNode()
                .put("service", service)
                .put("command", command)
                .put("requestid", String.valueOf(nextId++))
                .put("SchwabClientCustomerId", info.customerId())
                .put("SchwabClientCorrelId", info.correlId());
    }

    private static String wrap(ObjectNode request) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("requests").add(request);
        return root.toString();
    }
}
