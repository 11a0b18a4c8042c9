package dev.artificer.infrastructure.schwab.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the human-readable part of a Schwab error body: market data's
 * {@code {"errors":[{"title":…,"detail":…}]}} or the trader API's {@code {"message":…,"errors":["…"]}}.
 */
final class ApiErrorBody {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final int MAX_LENGTH = 200;

    private ApiErrorBody() {
    }

    /**
     * One line describing the error, when the body has one.
     *
     * @param body the response body
     * @return e.g. {@code Bad Request: Missing header}; empty when the body is not a Schwab error
     */
    static Optional<String> summary(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            return errorText(root.path("errors").path(0)).or(() -> text(root, "message")).map(ApiErrorBody::oneLine);
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    /**
     * Everything Schwab said in one line: the trader API's {@code message} followed by each entry of
     * {@code errors}.
     *
     * @param body the response body
     * @return e.g. {@code Order rejected: Insufficient buying power; Market closed}; empty when the body says
     *         nothing readable
     */
    static Optional<String> detail(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            List<String> parts = new ArrayList<>();
            text(root, "message").ifPresent(parts::add);
            for (JsonNode error : root.path("errors")) {
                errorText(error).filter(text -> !parts.contains(text)).ifPresent(parts::add);
            }
            if (parts.isEmpty()) {
                return Optional.empty();
            }
            String rest = String.join("; ", parts.subList(1, parts.size()));
            return Optional.of(oneLine(rest.isEmpty() ? parts.getFirst() : parts.getFirst() + ": " + rest));
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    private static Optional<String> errorText(JsonNode error) {
        if (error.isString()) {
            return error.stringValue().isBlank() ? Optional.empty() : Optional.of(error.stringValue());
        }
        Optional<String> title = text(error, "title");
        Optional<String> detail = text(error, "detail");
        if (title.isPresent() && detail.isPresent()) {
            return Optional.of(title.get() + ": " + detail.get());
        }
        return title.or(() -> detail);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.stringValue().isBlank() ? Optional.of(value.stringValue()) : Optional.empty();
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH) + "…";
    }
}
