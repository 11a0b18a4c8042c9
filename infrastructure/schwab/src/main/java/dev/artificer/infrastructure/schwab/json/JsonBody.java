package dev.artificer.infrastructure.schwab.json;

import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Schwab's JSON answers for this module's parsers; every shape violation becomes a
 * {@link MalformedResponseException} naming the call. Each method takes {@code what}, the call's name for messages.
 */
public final class JsonBody {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonBody() {
    }

    /**
     * Parses a body.
     *
     * @param body the body
     * @param what the call, for messages
     * @return the JSON tree
     */
    public static JsonNode read(String body, String what) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException notJson) {
            throw new MalformedResponseException(what + ": Schwab's answer is not valid JSON ("
                    + notJson.getOriginalMessage().lines().findFirst().orElse("") + ")", notJson);
        }
    }

    /**
     * Requires an object.
     *
     * @param node the node
     * @param what the call, for messages
     * @return the node
     */
    public static JsonNode object(JsonNode node, String what) {
        if (!node.isObject()) {
            throw new MalformedResponseException(what + ": expected a JSON object in Schwab's answer");
        }
        return node;
    }

    /**
     * Requires an array field.
     *
     * @param parent the object holding it
     * @param field  the field name
     * @param what   the call, for messages
     * @return the array
     */
    public static JsonNode array(JsonNode parent, String field, String what) {
        JsonNode value = parent.path(field);
        if (!value.isArray()) {
            throw new MalformedResponseException(what + ": Schwab's answer lacks the '" + field + "' array");
        }
        return value;
    }

    /**
     * Requires a number field.
     *
     * @param parent the object holding it
     * @param field  the field name
     * @param what   the call, for messages
     * @return its value
     */
    public static double requiredDouble(JsonNode parent, String field, String what) {
        JsonNode value = parent.path(field);
        if (!value.isNumber()) {
            throw new MalformedResponseException(what + ": '" + field + "' is missing or not a number");
        }
        return value.doubleValue();
    }

    /**
     * Requires a whole-number field.
     *
     * @param parent the object holding it
     * @param field  the field name
     * @param what   the call, for messages
     * @return its value
     */
    public static long requiredLong(JsonNode parent, String field, String what) {
        JsonNode value = parent.path(field);
        if (!value.isNumber() || !value.canConvertToLong()) {
            throw new MalformedResponseException(what + ": '" + field + "' is missing or not a whole number");
        }
        return value.longValue();
    }

    /**
     * Requires a non-blank text field.
     *
     * @param parent the object holding it
     * @param field  the field name
     * @param what   the call, for messages
     * @return its value
     */
    public static String requiredText(JsonNode parent, String field, String what) {
        String text = optionalText(parent, field);
        if (text == null) {
            throw new MalformedResponseException(what + ": '" + field + "' is missing or not text");
        }
        return text;
    }

    /**
     * A number field, if present.
     *
     * @param parent the object holding it
     * @param field  the field name
     * @return its value, or null
     */
    public static Double optionalDouble(JsonNode parent, String field) {
        JsonNode value = parent.path(field);
        return value.isNumber() ? value.doubleValue() : null;
    }

    /**
     * A whole-number field, if present.
     *
     * @param parent the object holding it
     * @param field  the field name
     * @return its value, or null
     */
    public static Long optionalLong(JsonNode parent, String field) {
        JsonNode value = parent.path(field);
        return value.isNumber() && value.canConvertToLong() ? value.longValue() : null;
    }

    /**
     * A non-blank text field, if present.
     *
     * @param parent the object holding it
     * @param field  the field name
     * @return its value, or null
     */
    public static String optionalText(JsonNode parent, String field) {
        JsonNode value = parent.path(field);
        return value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
    }

    /**
     * An epoch-milliseconds field as an instant; absent or 0 (Schwab's "none") gives null.
     *
     * @param parent the object holding it
     * @param field  the field name
     * @return the instant, or null
     */
    public static Instant optionalEpochMillis(JsonNode parent, String field) {
        Long millis = optionalLong(parent, field);
        return millis == null || millis == 0 ? null : Instant.ofEpochMilli(millis);
    }

    /**
     * Binds a node to a type, ignoring unknown fields.
     *
     * @param node the node
     * @param type the type
     * @param what the call, for messages
     * @param <T>  the type
     * @return the bound value
     */
    public static <T> T bind(JsonNode node, Class<T> type, String what) {
        try {
            return JSON.treeToValue(node, type);
        } catch (JacksonException mismatch) {
            throw new MalformedResponseException(what + ": cannot read " + type.getSimpleName() + " ("
                    + mismatch.getOriginalMessage().lines().findFirst().orElse("") + ")", mismatch);
        }
    }
}
