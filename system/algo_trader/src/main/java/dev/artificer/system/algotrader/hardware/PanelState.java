package dev.artificer.system.algotrader.hardware;

/** The trader's state as the panel's light shows it. */
public enum PanelState {
    /** The service is not running (starting or stopped): light off. */
    IDLE(PanelLight.OFF),
    /** Trading: not halted, logged in (or no login needed), the last decision-loop run went through. */
    TRADING(PanelLight.STEADY),
    /** The Schwab login is required, or due soon. */
    LOGIN_NEEDED(PanelLight.SLOW_BLINK),
    /** The kill switch is thrown. */
    HALTED(PanelLight.FAST_BLINK),
    /** The last decision-loop run failed, or the state could not be read. */
    ERROR(PanelLight.FAST_BLINK);

    private final PanelLight light;

    PanelState(PanelLight light) {
        this.light = light;
    }

    /**
     * What the light does in this state.
     *
     * @return the light
     */
    public PanelLight light() {
        return light;
    }

    /**
     * The state of a running service. A halt shows first; a login that is required shows before a failed run (which
     * it usually causes); a login that is only due soon shows after it.
     *
     * @param halted     whether the kill switch is thrown
     * @param login      the Schwab login
     * @param loopFailed whether the last decision-loop run failed
     * @return the state
     */
    public static PanelState of(boolean halted, LoginState login, boolean loopFailed) {
        if (halted) {
            return HALTED;
        }
        if (login == LoginState.REQUIRED) {
            return LOGIN_NEEDED;
        }
        if (loopFailed) {
            return ERROR;
        }
        return login == LoginState.DUE_SOON ? LOGIN_NEEDED : TRADING;
    }
}
