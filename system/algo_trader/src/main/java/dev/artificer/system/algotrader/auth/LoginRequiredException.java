package dev.artificer.system.algotrader.auth;

/** A Schwab login is needed before the API can be used; the message says why and which command to run. */
public class LoginRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The command that logs in. */
    public static final String LOGIN_COMMAND = "java -jar system/algo-trader.jar auth login";

    /**
     * Creates the exception.
     *
     * @param reason why the login is needed
     */
    public LoginRequiredException(String reason) {
        super("Schwab login needed (" + reason + "): run `" + LOGIN_COMMAND + "`");
    }
}
