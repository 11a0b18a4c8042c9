package dev.artificer.component.strategies.rules;

import dev.artificer.component.indicators.Indicator;
import dev.artificer.component.indicators.SeriesIndicator;
import dev.artificer.component.indicators.catalog.Catalog;
import dev.artificer.component.indicators.catalog.IndicatorDefinition;
import dev.artificer.component.indicators.catalog.Input;
import dev.artificer.component.indicators.catalog.Parameter;
import dev.artificer.component.indicators.catalog.Parameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Resolves a parsed expression into {@link Node}s: bar fields, the strategy's parameters, the functions of the rule
 * language and every catalogue indicator; checks arity and kinds (number or condition). Equal sub-expressions are
 * compiled once, so an entry and an exit over the same moving averages share them.
 */
final class RuleCompiler {

    private static final List<String> FUNCTIONS = List.of("crosses_above", "crosses_below", "highest", "lowest",
            "prev", "abs");

    private final Catalog catalog;
    private final Map<String, Double> parameters;
    private final Map<String, Node> compiled = new HashMap<>();
    private final List<Node> order = new ArrayList<>();
    private final List<Node.Field> fields = new ArrayList<>();

    RuleCompiler(Catalog catalog, Map<String, Double> parameters) {
        this.catalog = catalog;
        this.parameters = new LinkedHashMap<>();
        parameters.forEach((name, value) -> this.parameters.put(name.toLowerCase(Locale.ROOT), value));
    }

    /** Every node compiled so far that changes from bar to bar, each after the nodes it reads, bar fields apart. */
    List<Node> order() {
        return order;
    }

    /** The bar fields the expressions read. */
    List<Node.Field> fields() {
        return fields;
    }

    Node condition(Expr expression) {
        Node node = compile(expression);
        if (!node.condition()) {
            throw new RuleSyntaxException(expression.column(), "this is a number, but a condition is needed here "
                    + "(compare it: x > 70, or use crosses_above/crosses_below)");
        }
        return node;
    }

    private Node number(Expr expression, String where) {
        Node node = compile(expression);
        if (node.condition()) {
            throw new RuleSyntaxException(expression.column(), where + " needs a number, but this is a condition");
        }
        return node;
    }

    private Node compile(Expr expression) {
        String key = expression.key();
        Node known = compiled.get(key);
        if (known != null) {
            return known;
        }
        Node node = switch (expression) {
            case Expr.Literal literal -> new Node.Constant(literal.value());
            case Expr.Name name -> name(name);
            case Expr.Unary unary -> unary(unary);
            case Expr.Binary binary -> binary(binary);
            case Expr.Call call -> call(call);
        };
        compiled.put(key, node);
        if (node instanceof Node.Field field) {
            fields.add(field);
        } else if (!(node instanceof Node.Constant)) {
            order.add(node);
        }
        return node;
    }

    private Node name(Expr.Name name) {
        String lower = name.name().toLowerCase(Locale.ROOT);
        int field = Node.Field.NAMES.indexOf(lower);
        if (field >= 0) {
            return new Node.Field(field);
        }
        Double parameter = parameters.get(lower);
        if (parameter != null) {
            return new Node.Constant(parameter);
        }
        if (FUNCTIONS.contains(lower) || catalog.find(lower).isPresent()) {
            throw new RuleSyntaxException(name.column(), lower + " is a function: call it, e.g. " + example(lower));
        }
        throw new RuleSyntaxException(name.column(), "unknown name '" + name.name() + "'; a name is open, high, low, "
                + "close, volume" + (parameters.isEmpty() ? "" : ", a parameter (" + String.join(", ",
                parameters.keySet()) + ")") + " or a call such as sma(close, 20)");
    }

    private Node unary(Expr.Unary unary) {
        if (unary.operator().equals("not")) {
            return new Node.Not(condition(unary.operand()));
        }
        return new Node.Negation(number(unary.operand(), "'-'"));
    }

    private Node binary(Expr.Binary binary) {
        String operator = binary.operator();
        if (operator.equals("and") || operator.equals("or")) {
            return new Node.Logic(operator.equals("and"), side(binary.left(), operator, "left"),
                    side(binary.right(), operator, "right"));
        }
        Node left = number(binary.left(), "'" + operator + "'");
        Node right = number(binary.right(), "'" + operator + "'");
        return switch (operator) {
            case "+", "-", "*", "/" -> new Node.Arithmetic(operator.charAt(0), left, right);
            default -> new Node.Comparison(operator, left, right);
        };
    }

    private Node side(Expr operand, String operator, String which) {
        Node node = compile(operand);
        if (!node.condition()) {
            throw new RuleSyntaxException(operand.column(), "'" + operator + "' needs a condition on its " + which
                    + ", but this is a number (compare it: x > 70)");
        }
        return node;
    }

    private Node call(Expr.Call call) {
        if (FUNCTIONS.contains(call.name())) {
            if (!call.named().isEmpty()) {
                throw new RuleSyntaxException(call.column(), call.name() + " takes no named arguments");
            }
            if (call.output() != null) {
                throw new RuleSyntaxException(call.outputColumn(), call.name() + " has no outputs to pick from");
            }
            return function(call);
        }
        IndicatorDefinition definition = catalog.find(call.name()).orElseThrow(() -> new RuleSyntaxException(
                call.column(), "unknown function '" + call.name() + "'; the functions are " + String.join(", ",
                FUNCTIONS) + ", and the indicators " + catalog.all().stream().map(IndicatorDefinition::name)
                .collect(Collectors.joining(", "))));
        return indicator(call, definition);
    }

    private Node function(Expr.Call call) {
        List<Expr> arguments = call.arguments();
        return switch (call.name()) {
            case "crosses_above", "crosses_below" -> {
                arity(call, 2, 2, "(a, b)");
                yield new Node.Cross(number(arguments.get(0), call.name()), number(arguments.get(1), call.name()),
                        call.name().equals("crosses_above"));
            }
            case "highest", "lowest" -> {
                arity(call, 2, 2, "(x, bars)");
                yield new Node.Extreme(number(arguments.get(0), call.name()), bars(arguments.get(1), call.name()),
                        call.name().equals("highest"));
            }
            case "prev" -> {
                arity(call, 1, 2, "(x) or (x, bars)");
                yield new Node.Previous(compile(arguments.get(0)),
                        arguments.size() == 2 ? bars(arguments.get(1), "prev") : 1);
            }
            default -> {
                arity(call, 1, 1, "(x)");
                yield new Node.Absolute(number(arguments.get(0), "abs"));
            }
        };
    }

    private Node indicator(Expr.Call call, IndicatorDefinition definition) {
        boolean oneSeries = definition.inputs().equals(List.of(Input.CLOSE));
        List<Expr> arguments = call.arguments();
        Node input = null;
        if (oneSeries) {
            if (arguments.isEmpty()) {
                throw new RuleSyntaxException(call.column(), call.name() + " needs the series it reads first, e.g. "
                        + example(call.name()));
            }
            input = number(arguments.getFirst(), call.name() + "'s series");
            arguments = arguments.subList(1, arguments.size());
        }
        List<Parameter> declared = definition.parameters();
        if (arguments.size() > declared.size()) {
            throw new RuleSyntaxException(arguments.get(declared.size()).column(), call.name() + " takes "
                    + (oneSeries ? "a series and " : "") + declared.size() + " parameter(s) ("
                    + declared.stream().map(Parameter::name).collect(Collectors.joining(", ")) + "), got "
                    + arguments.size());
        }
        Map<String, String> given = new LinkedHashMap<>();
        for (int index = 0; index < arguments.size(); index++) {
            given.put(declared.get(index).name(), constant(arguments.get(index), call.name()));
        }
        for (Map.Entry<String, Expr> named : call.named().entrySet()) {
            String parameter = declared.stream().map(Parameter::name).filter(name -> name.equalsIgnoreCase(
                    named.getKey())).findFirst().orElseThrow(() -> new RuleSyntaxException(named.getValue().column(),
                    call.name() + " has no parameter '" + named.getKey() + "'; its parameters: " + declared.stream()
                    .map(Parameter::name).collect(Collectors.joining(", "))));
            if (given.put(parameter, constant(named.getValue(), call.name())) != null) {
                throw new RuleSyntaxException(named.getValue().column(), parameter + " of " + call.name()
                        + " is given twice");
            }
        }
        Parameters values;
        try {
            values = definition.parameters(given);
        } catch (IllegalArgumentException invalid) {
            throw new RuleSyntaxException(call.column(), invalid.getMessage());
        }
        Indicator indicator = definition.create(values);
        int output = output(call, definition);
        if (input != null && output == 0 && definition.outputs().size() == 1
                && indicator instanceof SeriesIndicator series) {
            return new Node.SeriesValue(series, input);
        }
        return new Node.IndicatorValue(indicator, output, input, definition.inputs().contains(Input.TIME));
    }

    private static int output(Expr.Call call, IndicatorDefinition definition) {
        if (call.output() == null) {
            return 0;
        }
        List<String> outputs = definition.outputs().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
        int index = outputs.indexOf(call.output());
        if (index < 0) {
            throw new RuleSyntaxException(call.outputColumn(), call.name() + " has no output '" + call.output()
                    + "'; its outputs: " + String.join(", ", definition.outputs()));
        }
        return index;
    }

    private String constant(Expr argument, String function) {
        return switch (argument) {
            case Expr.Literal literal -> number(literal.value());
            case Expr.Unary unary when unary.operator().equals("-") && unary.operand() instanceof Expr.Literal literal
                    -> number(-literal.value());
            case Expr.Name name when parameters.containsKey(name.name().toLowerCase(Locale.ROOT))
                    -> number(parameters.get(name.name().toLowerCase(Locale.ROOT)));
            case Expr.Name name when !Node.Field.NAMES.contains(name.name().toLowerCase(Locale.ROOT)) -> name.name();
            default -> throw new RuleSyntaxException(argument.column(), "the parameters of " + function + " are "
                    + "numbers or names of choices fixed before the run (a number, a parameter), not a series");
        };
    }

    private int bars(Expr argument, String function) {
        String text = constant(argument, function);
        if (text.matches("\\d{1,6}") && Integer.parseInt(text) >= 1 && Integer.parseInt(text) <= 100_000) {
            return Integer.parseInt(text);
        }
        throw new RuleSyntaxException(argument.column(), function + " needs a whole number of bars in 1..100000, got "
                + text);
    }

    private static void arity(Expr.Call call, int least, int most, String shape) {
        int count = call.arguments().size();
        if (count < least || count > most) {
            throw new RuleSyntaxException(call.column(), call.name() + " takes " + shape + ", got " + count
                    + " argument" + (count == 1 ? "" : "s"));
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    private String example(String name) {
        return switch (name) {
            case "crosses_above", "crosses_below" -> name + "(sma(close, 10), sma(close, 30))";
            case "highest", "lowest" -> name + "(high, 20)";
            case "prev" -> "prev(close, 1)";
            case "abs" -> "abs(close - open)";
            default -> {
                IndicatorDefinition definition = catalog.get(name);
                List<String> arguments = new ArrayList<>();
                if (definition.inputs().equals(List.of(Input.CLOSE))) {
                    arguments.add("close");
                }
                definition.parameters().stream().limit(1).forEach(parameter -> arguments.add(parameter.defaultValue()));
                yield name + "(" + String.join(", ", arguments) + ")";
            }
        };
    }
}
