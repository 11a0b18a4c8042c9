package dev.artificer.system.algotrader.config;

/**
 * The effective value of one setting and where it came from.
 *
 * @param setting  the setting
 * @param value    the value, possibly empty
 * @param source   {@code environment}, an env file's name, or {@code default}
 * @param variable the variable that set it, or empty for the default
 */
public record ResolvedSetting(Setting setting, String value, String source, String variable) {

    /**
     * The value as it may be shown to a person: secrets are masked.
     *
     * @return the value, {@code ****} for a set secret, or {@code (not set)}
     */
    public String displayValue() {
        if (value.isEmpty()) {
            return "(not set)";
        }
        return setting.secret() ? "****" : value;
    }

    /**
     * Whether a non-empty value is in effect.
     *
     * @return true when set
     */
    public boolean isSet() {
        return !value.isEmpty();
    }
}
