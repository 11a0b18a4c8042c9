package dev.artificer.system.algotrader.grafana;

import dev.artificer.system.algotrader.observability.Measurement;
import dev.artificer.system.algotrader.observability.ObservabilitySchema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks one dashboard model against the schema the code writes: every Flux query (panels, annotations, template
 * variables) names only known measurements, and only fields and tags of the measurements it names; every panel,
 * target, annotation and query variable uses the provisioned data source. Returns problems as one line each.
 */
final class DashboardConsistency {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PREDICATE_START = Pattern.compile("(?:filter\\(\\s*fn:|predicate:)\\s*\\(r\\)\\s*=>");
    private static final Pattern MEASUREMENT = Pattern.compile("r(?:\\._measurement|\\[\"_measurement\"])\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern FIELD = Pattern.compile("r(?:\\._field|\\[\"_field\"])\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern COLUMN = Pattern.compile("\\br(?:\\.([A-Za-z_][A-Za-z0-9_]*)|\\[\"([^\"]+)\"])");
    private static final Pattern TAG_VALUES = Pattern.compile("tagValues\\([^)]*?tag:\\s*\"([^\"]+)\"");
    private static final Pattern COMPARISON = Pattern.compile(
            "\\br(?:\\.([A-Za-z_][A-Za-z0-9_]*)|\\[\"([^\"]+)\"])\\s*[!=]=\\s*\"([^\"]*)\"");
    private static final Pattern SOURCE_CHOSEN = Pattern.compile(
            "r(?:\\.source|\\[\"source\"])\\s*==|group\\(columns:\\s*\\[[^]]*\"source\"");

    private final Map<String, Measurement> schema;
    private final String dataSourceUid;

    DashboardConsistency(List<Measurement> schema, String dataSourceUid) {
        this.schema = schema.stream().collect(Collectors.toMap(Measurement::name, Function.identity()));
        this.dataSourceUid = dataSourceUid;
    }

    /** A query and where it is, for messages. */
    record Query(String where, String flux) {
    }

    /**
     * Every problem of one dashboard.
     *
     * @param name  the file name, for messages
     * @param model the dashboard JSON
     * @return one line per problem; empty when consistent
     */
    List<String> problems(String name, String model) {
        JsonNode root = JSON.readTree(model);
        List<String> problems = new ArrayList<>();
        List<Query> queries = new ArrayList<>();
        collectPanels(name, root.path("panels"), queries, problems);
        for (JsonNode variable : root.path("templating").path("list")) {
            if ("custom".equals(variable.path("type").asString(""))) {
                problems.addAll(checkCustomVariable(name, variable));
            }
            if ("query".equals(variable.path("type").asString(""))) {
                String where = name + " variable '" + variable.path("name").asString("") + "'";
                checkDataSource(where, variable.path("datasource"), problems);
                queries.add(new Query(where, queryText(variable.path("query"))));
            }
        }
        for (JsonNode annotation : root.path("annotations").path("list")) {
            if (annotation.path("builtIn").asInt(0) == 1) {
                continue;
            }
            String where = name + " annotation '" + annotation.path("name").asString("") + "'";
            checkDataSource(where, annotation.path("datasource"), problems);
            queries.add(new Query(where, annotation.path("target").path("query").asString("")));
        }
        for (Query query : queries) {
            problems.addAll(check(query));
        }
        return problems;
    }

    /**
     * The problems of one Flux query.
     *
     * @param query the query
     * @return one line per unknown measurement, field or tag
     */
    List<String> check(Query query) {
        List<String> problems = new ArrayList<>();
        Set<String> measurements = new LinkedHashSet<>();
        Set<String> fields = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        for (String predicate : predicates(query.flux())) {
            MEASUREMENT.matcher(predicate).results().forEach(match -> measurements.add(match.group(1)));
            FIELD.matcher(predicate).results().forEach(match -> fields.add(match.group(1)));
            Matcher column = COLUMN.matcher(predicate);
            while (column.find()) {
                String name = column.group(1) != null ? column.group(1) : column.group(2);
                if (!name.startsWith("_")) {
                    tags.add(name);
                }
            }
        }
        TAG_VALUES.matcher(query.flux()).results().forEach(match -> tags.add(match.group(1)));
        if (query.flux().isBlank()) {
            problems.add(query.where() + " has no query");
            return problems;
        }
        if (measurements.isEmpty()) {
            problems.add(query.where() + " reads no measurement (filter on r._measurement == \"...\")");
        }
        List<Measurement> known = new ArrayList<>();
        for (String measurement : measurements) {
            if (schema.containsKey(measurement)) {
                known.add(schema.get(measurement));
            } else {
                problems.add(query.where() + " reads unknown measurement '" + measurement + "'");
            }
        }
        Set<String> knownFields = known.stream().flatMap(m -> m.fields().stream()).collect(Collectors.toSet());
        Set<String> knownTags = known.stream().flatMap(m -> m.tags().stream()).collect(Collectors.toSet());
        tags.removeAll(knownFields);
        problems.addAll(checkTagValues(query, known));
        if (measurements.contains(ObservabilitySchema.BARS.name()) && query.flux().contains("from(bucket")
                && !SOURCE_CHOSEN.matcher(query.flux()).find()) {
            problems.add(query.where() + " reads bars without choosing a source (filter on r.source or group by it):"
                    + " two sources holding the same bars would draw every series twice");
        }
        for (String field : fields) {
            if (!knownFields.contains(field)) {
                problems.add(query.where() + " reads unknown field '" + field + "' of " + measurements);
            }
        }
        for (String tag : tags) {
            if (!knownTags.contains(tag)) {
                problems.add(query.where() + " reads unknown tag '" + tag + "' of " + measurements);
            }
        }
        return problems;
    }

    private List<String> checkTagValues(Query query, List<Measurement> known) {
        List<String> problems = new ArrayList<>();
        for (String predicate : predicates(query.flux())) {
            Matcher comparison = COMPARISON.matcher(predicate);
            while (comparison.find()) {
                String tag = comparison.group(1) != null ? comparison.group(1) : comparison.group(2);
                String value = comparison.group(3);
                if (value.contains("${")) {
                    continue;
                }
                for (Measurement measurement : known) {
                    List<String> allowed = measurement.tagValues().get(tag);
                    if (allowed != null && !allowed.contains(value)) {
                        problems.add(query.where() + " filters tag '" + tag + "' of " + measurement.name() + " on '"
                                + value + "', a value the code never writes (it writes " + allowed + ")");
                    }
                }
            }
        }
        return problems;
    }

    private List<String> checkCustomVariable(String name, JsonNode variable) {
        String tag = variable.path("name").asString("");
        Set<String> allowed = schema.values().stream().map(measurement -> measurement.tagValues().get(tag))
                .filter(java.util.Objects::nonNull).flatMap(List::stream).collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> problems = new ArrayList<>();
        if (allowed.isEmpty()) {
            return problems;
        }
        for (String option : variable.path("query").asString("").split(",")) {
            if (!allowed.contains(option.strip())) {
                problems.add(name + " variable '" + tag + "' offers '" + option.strip()
                        + "', a value the code never writes (it writes " + allowed + ")");
            }
        }
        return problems;
    }

    /**
     * The bodies of every {@code filter(fn: (r) => ...)} and {@code predicate: (r) => ...} of a query: where a query
     * selects series, as opposed to {@code map} bodies that compute new columns.
     *
     * @param flux the query
     * @return the predicate bodies
     */
    static List<String> predicates(String flux) {
        List<String> bodies = new ArrayList<>();
        Matcher start = PREDICATE_START.matcher(flux);
        while (start.find()) {
            int depth = 0;
            boolean inString = false;
            int end = start.end();
            for (; end < flux.length(); end++) {
                char c = flux.charAt(end);
                if (inString) {
                    if (c == '\\') {
                        end++;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}' || c == ',') {
                    if (depth == 0) {
                        break;
                    }
                    if (c != ',') {
                        depth--;
                    }
                }
            }
            bodies.add(flux.substring(start.end(), end));
        }
        return bodies;
    }

    private void collectPanels(String name, JsonNode panels, List<Query> queries, List<String> problems) {
        for (JsonNode panel : panels) {
            String where = name + " panel '" + panel.path("title").asString("") + "'";
            if ("row".equals(panel.path("type").asString(""))) {
                collectPanels(name, panel.path("panels"), queries, problems);
                continue;
            }
            checkDataSource(where, panel.path("datasource"), problems);
            if (panel.path("targets").isEmpty()) {
                problems.add(where + " has no query");
            }
            for (JsonNode target : panel.path("targets")) {
                String targetWhere = where + " query " + target.path("refId").asString("");
                if (target.has("datasource")) {
                    checkDataSource(targetWhere, target.path("datasource"), problems);
                }
                queries.add(new Query(targetWhere, target.path("query").asString("")));
            }
        }
    }

    private void checkDataSource(String where, JsonNode dataSource, List<String> problems) {
        String uid = dataSource.path("uid").asString("");
        if (!dataSourceUid.equals(uid) || !"influxdb".equals(dataSource.path("type").asString(""))) {
            problems.add(where + " uses data source '" + uid + "', not the provisioned influxdb '" + dataSourceUid + "'");
        }
    }

    private static String queryText(JsonNode query) {
        return query.isObject() ? query.path("query").asString("") : query.asString("");
    }
}
