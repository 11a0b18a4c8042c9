package dev.artificer.infrastructure.schwab.marketdata;

import dev.artificer.infrastructure.schwab.json.JsonBody;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads Schwab's {@code {"instruments":[…]}} answer, each instrument with its optional {@code fundamental}. */
final class InstrumentParser {

    private static final String WHAT = "instruments";

    private InstrumentParser() {
    }

    static List<Instrument> parse(String body) {
        JsonNode root = JsonBody.object(JsonBody.read(body, WHAT), WHAT);
        List<Instrument> instruments = new ArrayList<>();
        if (root.path(WHAT).isMissingNode()) {
            return instruments;
        }
        for (JsonNode instrument : JsonBody.array(root, WHAT, WHAT)) {
            String what = "instrument";
            JsonNode fundamental = instrument.path("fundamental");
            instruments.add(new Instrument(
                    JsonBody.requiredText(instrument, "symbol", what),
                    JsonBody.optionalText(instrument, "cusip"),
                    JsonBody.optionalText(instrument, "description"),
                    JsonBody.optionalText(instrument, "exchange"),
                    JsonBody.optionalText(instrument, "assetType"),
                    fundamental.isObject() ? JsonBody.bind(fundamental, Fundamental.class, what) : null));
        }
        return List.copyOf(instruments);
    }
}
