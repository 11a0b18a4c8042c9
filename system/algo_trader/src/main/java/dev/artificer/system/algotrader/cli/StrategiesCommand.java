package dev.artificer.system.algotrader.cli;

import dev.artificer.component.strategy.ParameterSpec;
import dev.artificer.component.strategy.StrategyDefinition;
import dev.artificer.component.strategy.StrategyRegistry;
import dev.artificer.system.algotrader.userstrategy.StrategyCatalog;
import org.springframework.beans.factory.ObjectProvider;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code algo-trader strategies [NAME]}: the registered strategies with their parameters, defaults and ranges. The
 * parameters every strategy shares are listed once at the end; with a name, all of that strategy's.
 */
@Command(name = "strategies", mixinStandardHelpOptions = true,
        description = "List the strategies and their parameters (defaults and allowed values).")
public class StrategiesCommand implements Callable<Integer> {

    private record Row(StrategyDefinition strategy, ParameterSpec parameter) {
    }

    private static final Listing<Row> PARAMETERS = parameterColumns(new Listing<>("parameters"), "name");

    private static final Listing<Row> ROWS = parameterColumns(new Listing<Row>("parameters")
            .column("STRATEGY", "strategy", row -> row.strategy().name()), "parameter");

    private final ObjectProvider<StrategyCatalog> strategies;

    @Mixin
    private OutputFormat format;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Show one strategy with all its parameters.")
    private String name;

    /**
     * Creates the command.
     *
     * @param strategies the strategies by name
     */
    public StrategiesCommand(ObjectProvider<StrategyCatalog> strategies) {
        this.strategies = strategies;
    }

    /**
     * Prints the list.
     *
     * @return 0, or 2 for an unknown name
     */
    @Override
    public Integer call() {
        StrategyCatalog catalog = strategies.getObject();
        StrategyRegistry registry = catalog.registry();
        PrintWriter out = spec.commandLine().getOut();
        if (!format.text()) {
            List<StrategyDefinition> chosen = name == null ? registry.definitions() : List.of(known(registry));
            List<Row> rows = chosen.stream().flatMap(definition -> definition.parameters().stream()
                    .map(parameter -> new Row(definition, parameter))).toList();
            if (format.kind() == OutputFormat.Kind.JSON) {
                JsonOutput.print(out, Map.of("strategies",
                        chosen.stream().map(definition -> document(definition, catalog)).toList()));
            } else {
                ROWS.print(out, format, rows, "");
            }
            return 0;
        }
        if (name != null) {
            StrategyDefinition definition = known(registry);
            print(out, definition, definition.parameters(), catalog);
            return 0;
        }
        List<StrategyDefinition> builtins = registry.definitions().stream()
                .filter(definition -> catalog.source(definition.name()).isEmpty()).toList();
        List<ParameterSpec> common = builtins.getFirst().parameters().stream()
                .filter(parameter -> builtins.stream().allMatch(definition -> definition.parameters().contains(parameter)))
                .toList();
        for (StrategyDefinition definition : registry.definitions()) {
            print(out, definition, definition.parameters().stream().filter(parameter -> !common.contains(parameter)
                    || catalog.source(definition.name()).isPresent()).toList(), catalog);
        }
        out.println("Every built-in strategy also takes:");
        parameters(out, common);
        out.println();
        out.println("Use: backtest --strategy NAME --symbol SYMBOL name=value ... (or --param name=value)");
        return 0;
    }

    private static Listing<Row> parameterColumns(Listing<Row> listing, String nameField) {
        return listing.column("PARAMETER", nameField, row -> row.parameter().name())
                .column("TYPE", "type", row -> row.parameter().type().name().toLowerCase(Locale.ROOT))
                .column("DEFAULT", "default", row -> row.parameter().defaultValue())
                .column("ALLOWED", "allowed", row -> row.parameter().range())
                .column("MEANING", "meaning", row -> row.parameter().description());
    }

    private StrategyDefinition known(StrategyRegistry registry) {
        try {
            return registry.find(name);
        } catch (IllegalArgumentException unknown) {
            throw new UsageException(unknown.getMessage(), unknown);
        }
    }

    private static Map<String, Object> document(StrategyDefinition definition, StrategyCatalog catalog) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", definition.name());
        fields.put("description", definition.description());
        fields.put("source", catalog.source(definition.name()).map(source -> source.file().toString()).orElse(null));
        fields.put("version", catalog.version(definition.name()));
        fields.put("parameters", definition.parameters().stream()
                .map(parameter -> PARAMETERS.document(new Row(definition, parameter))).toList());
        return fields;
    }

    private static void print(PrintWriter out, StrategyDefinition definition, List<ParameterSpec> parameters,
                              StrategyCatalog catalog) {
        out.println(definition.name() + "  " + definition.description() + catalog.source(definition.name())
                .map(source -> " [yours: " + source.file() + "]").orElse(""));
        parameters(out, parameters);
        out.println();
    }

    private static void parameters(PrintWriter out, List<ParameterSpec> parameters) {
        Table table = new Table("  PARAMETER", "DEFAULT", "ALLOWED", "MEANING");
        parameters.forEach(parameter -> table.row("  " + parameter.name(), parameter.defaultValue(), parameter.range(),
                parameter.description()));
        table.print(out);
    }
}
