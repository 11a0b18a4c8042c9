package dev.artificer.infrastructure.schwab.marketdata;

import dev.artificer.infrastructure.schwab.json.JsonBody;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads Schwab's movers answer: {@code {"screeners":[{symbol, description, direction, change, last, totalVolume}]}}. */
final class MoversParser {

    private static final String WHAT = "movers";

    private MoversParser() {
    }

    static List<Mover> parse(String body) {
        JsonNode root = JsonBody.object(JsonBody.read(body, WHAT), WHAT);
        List<Mover> movers = new ArrayList<>();
        for (JsonNode mover : JsonBody.array(root, "screeners", WHAT)) {
            movers.add(new Mover(
                    JsonBody.requiredText(mover, "symbol", WHAT),
                    JsonBody.optionalText(mover, "description"),
                    JsonBody.optionalText(mover, "direction"),
                    JsonBody.optionalDouble(mover, "change"),
                    JsonBody.optionalDouble(mover, "last"),
                    JsonBody.optionalLong(mover, "totalVolume")));
        }
        return List.copyOf(movers);
    }
}
