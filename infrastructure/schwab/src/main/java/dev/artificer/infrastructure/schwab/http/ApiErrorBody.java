package dev.artificer.infrastructure.schwab.http;

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
            return firstError(root).or(() -> text(root, "message")).map(ApiErrorBody::oneLine);
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    private static Optional<String> firstError(JsonNode root) {
        JsonNode first = root.path("errors").path(0);
        if (first.isString()) {
            return Optional.of(first.stringValue());
        }
        Optional<String> title = text(first, "title");
        Optional<String> detail = text(first, "detail");
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
