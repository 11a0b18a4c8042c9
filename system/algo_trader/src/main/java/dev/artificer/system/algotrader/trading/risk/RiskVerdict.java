package dev.artificer.system.algotrader.trading.risk;

/**
 * The outcome of the risk checks for one decision.
 *
 * @param accepted whether the order may be sent
 * @param rule     the rule that rejected it, or empty when accepted
 * @param detail   why it was rejected, or empty
 * @param halts    whether the rejection halts trading
 */
public record RiskVerdict(boolean accepted, String rule, String detail, boolean halts) {

    /** The rule name journaled when the kill switch, not a risk limit, stopped an order. */
    public static final String KILL_SWITCH = "kill-switch";

    /**
     * An accepted order.
     *
     * @return the verdict
     */
    public static RiskVerdict accept() {
        return new RiskVerdict(true, "", "", false);
    }

    /**
     * A rejected order.
     *
     * @param rule   the rule's name
     * @param detail why
     * @param halts  whether trading halts as well
     * @return the verdict
     */
    public static RiskVerdict reject(String rule, String detail, boolean halts) {
        return new RiskVerdict(false, rule, detail, halts);
    }
}
