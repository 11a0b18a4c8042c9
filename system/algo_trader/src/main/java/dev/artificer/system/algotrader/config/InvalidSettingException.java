package dev.artificer.system.algotrader.config;

import java.time.Duration;

/** A configuration value is missing, malformed or not allowed; the message is one line for the user. */
public class InvalidSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a ready message.
     *
     * @param message one line naming the variable or file and what is allowed
     */
    public InvalidSettingException(String message) {
        super(message);
    }

    /**
     * Creates the exception for a setting whose value is not allowed; secret values are not repeated.
     *
     * @param setting the setting
     * @param value   the rejected value
     * @return the exception
     */
    public static InvalidSettingException of(Setting setting, String value) {
        String shown = setting.secret() ? "(secret)" : "'" + value + "'";
        return new InvalidSettingException("invalid configuration: " + setting.variableNames() + " = " + shown
                + " is not allowed; use " + setting.allowed());
    }

    /**
     * Refuses a duration setting that is missing, zero or negative.
     *
     * @param setting the setting, named in the message
     * @param value   its value
     * @throws InvalidSettingException when the value is not a positive duration
     */
    public static void requirePositive(Setting setting, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw of(setting, String.valueOf(value));
        }
    }
}
