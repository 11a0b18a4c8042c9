package dev.artificer.component.strategies.rules;

import dev.artificer.component.indicators.catalog.Catalog;
import dev.artificer.component.market.Bar;
import java.util.List;
import java.util.Map;

/**
 * An entry and an exit condition compiled from rule expressions into streaming indicators: {@link #update} once per
 * bar, in order, then {@link #entry()} and {@link #exit()} say whether each holds at that bar. Every value is known
 * at the bar's close from that bar and earlier ones only, so a rule cannot look ahead; nothing is allocated per bar.
 *
 * <p>The language: numbers; the bar's {@code open high low close volume}; the strategy's parameters by name;
 * {@code + - * /}, comparisons {@code < <= > >= == !=}, {@code and or not}, parentheses; the functions
 * {@code crosses_above(a, b)}, {@code crosses_below(a, b)}, {@code highest(x, n)}, {@code lowest(x, n)},
 * {@code prev(x, n)} and {@code abs(x)}; and every indicator of the catalogue by name, with the series it reads first
 * when it reads one ({@code sma(close, 20)}, {@code rsi(sma(close, 5), 14)}) and its parameters after, by position or
 * by name ({@code bbands(close, 20, devUp=2.5).upper}); {@code .output} picks an output of a multi-output
 * indicator (the first one otherwise).
 */
public final class RuleProgram {

    private final Node.Field[] fields;
    private final Node[] order;
    private final Node entry;
    private final Node exit;

    private RuleProgram(List<Node.Field> fields, List<Node> order, Node entry, Node exit) {
        this.fields = fields.toArray(Node.Field[]::new);
        this.order = order.toArray(Node[]::new);
        this.entry = entry;
        this.exit = exit;
    }

    /**
     * Compiles an entry and an exit condition against the standard indicator catalogue.
     *
     * @param entry      when to be in the market, e.g. {@code crosses_above(sma(close, 10), sma(close, 30))}
     * @param exit       when to leave it
     * @param parameters values for the names the expressions may use besides the bar's fields
     * @return the program, ready for the first bar
     * @throws RuleSyntaxException naming {@code entry} or {@code exit} and the column of the first problem
     */
    public static RuleProgram compile(String entry, String exit, Map<String, Double> parameters) {
        RuleCompiler compiler = new RuleCompiler(Catalog.standard(), parameters);
        Node entryNode = part(compiler, "entry", entry);
        Node exitNode = part(compiler, "exit", exit);
        return new RuleProgram(compiler.fields(), compiler.order(), entryNode, exitNode);
    }

    private static Node part(RuleCompiler compiler, String name, String text) {
        try {
            return compiler.condition(Parser.parse(text));
        } catch (RuleSyntaxException problem) {
            throw problem.in(name);
        }
    }

    /**
     * Moves every part of the program to the bar that just closed.
     *
     * @param bar the bar
     */
    public void update(Bar bar) {
        for (Node.Field field : fields) {
            field.update(bar);
        }
        for (Node node : order) {
            node.update(bar);
        }
    }

    /**
     * Whether the entry condition holds at the last bar given to {@link #update}.
     *
     * @return true when it holds
     */
    public boolean entry() {
        return entry.value != 0;
    }

    /**
     * Whether the exit condition holds at the last bar given to {@link #update}.
     *
     * @return true when it holds
     */
    public boolean exit() {
        return exit.value != 0;
    }
}
