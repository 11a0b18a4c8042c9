package dev.artificer.system.algotrader.hardware;

/** What the panel's light does. */
public enum PanelLight {
    /** Dark. */
    OFF("off"),
    /** Lit without a break. */
    STEADY("steady"),
    /** One second lit, one second dark. */
    SLOW_BLINK("slow blink"),
    /** A fifth of a second lit, a fifth dark. */
    FAST_BLINK("fast blink");

    private final String label;

    PanelLight(String label) {
        this.label = label;
    }

    /**
     * How a person describes it.
     *
     * @return e.g. {@code slow blink}
     */
    public String label() {
        return label;
    }
}
