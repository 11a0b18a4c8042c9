package dev.artificer.infrastructure.schwab.marketdata;

import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads market-data JSON; every shape violation becomes a {@link MalformedResponseException} naming the call. */
final class JsonBody {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonBody() {
    }

    static JsonNode read(String body, String what) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException notJson) {
            throw new MalformedResponseException(what + ": Schwab's answer is not valid JSON ("
                    + notJson.getOriginalMessage().lines().findFirst().orElse("") + ")", notJson);
        }
    }

    static JsonNode object(JsonNode node, String what) {
        if (!node.isObject()) {
            throw new MalformedResponseException(what + ": expected a JSON object in Schwab's answer");
        }
        return node;
    }

    static JsonNode array(JsonNode parent, String field, String what) {
        JsonNode value = parent.path(field);
        if (!value.isArray()) {
            throw new MalformedResponseException(what + ": Schwab's answer lacks the '" + field + "' array");
        }
        return value;
    }

    static double requiredDouble(JsonNode parent, String field, String what) {
        JsonNode value = parent.path(field);
        if (!value.isNumber()) {
            throw new MalformedResponseException(what + ": '" + field + "' is missing or not a number");
        }
        return value.doubleValue();
    }

    static long requiredLong(JsonNode parent, String field, String what) {
        JsonNode value = parent.path(field);
        if (!value.isNumber() || !value.canConvertToLong()) {
            throw new MalformedResponseException(what + ": '" + field + "' is missing or not a whole number");
        }
        return value.longValue();
    }

    static String requiredText(JsonNode parent, String field, String what) {
        String text = optionalText(parent, field);
        if (text == null) {
            throw new MalformedResponseException(what + ": '" + field + "' is missing or not text");
        }
        return text;
    }

    static Double optionalDouble(JsonNode parent, String field) {
        JsonNode value = parent.path(field);
        return value.isNumber() ? value.doubleValue() : null;
    }

    static Long optionalLong(JsonNode parent, String field) {
        JsonNode value = parent.path(field);
        return value.isNumber() && value.canConvertToLong() ? value.longValue() : null;
    }

    static String optionalText(JsonNode parent, String field) {
        JsonNode value = parent.path(field);
        return value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
    }

    /** An epoch-milliseconds field as an instant; absent or 0 (Schwab's "none") gives null. */
    static Instant optionalEpochMillis(JsonNode parent, String field) {
        Long millis = optionalLong(parent, field);
        return millis == null || millis == 0 ? null : Instant.ofEpochMilli(millis);
    }

    static <T> T bind(JsonNode node, Class<T> type, String what) {
        try {
            return JSON.treeToValue(node, type);
        } catch (JacksonException mismatch) {
            throw new MalformedResponseException(what + ": cannot read " + type.getSimpleName() + " ("
                    + mismatch.getOriginalMessage().lines().findFirst().orElse("") + ")", mismatch);
        }
    }
}
