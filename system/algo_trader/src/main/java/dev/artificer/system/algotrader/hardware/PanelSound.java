package dev.artificer.system.algotrader.hardware;

/** What the panel's buzzer sounds: a number of short beeps. */
public enum PanelSound {
    /** An order filled. */
    FILL(1),
    /** Trading was halted. */
    HALT(3);

    private final int beeps;

    PanelSound(int beeps) {
        this.beeps = beeps;
    }

    /**
     * How many short beeps.
     *
     * @return 1 or more
     */
    public int beeps() {
        return beeps;
    }
}
