package dev.artificer.system.algotrader.cli;

import dev.artificer.system.algotrader.config.EnvFile;
import dev.artificer.system.algotrader.config.ResolvedSetting;
import dev.artificer.system.algotrader.status.AdapterChoice;
import java.util.List;

/**
 * The report of {@code status --json}.
 *
 * @param tradingMode   {@code paper} or {@code live}
 * @param envFiles      the env files read, highest precedence first
 * @param ports         which adapter serves each port, and why
 * @param configuration every setting's effective value (secrets masked) and where it came from
 */
record StatusDocument(String tradingMode, List<String> envFiles, List<AdapterChoice> ports, List<Value> configuration) {

    /**
     * One setting.
     *
     * @param variable the variable that set it, or the variables that would
     * @param value    the value, masked when secret
     * @param source   where it came from, e.g. {@code environment} or {@code default}
     */
    record Value(String variable, String value, String source) {
    }

    static StatusDocument of(boolean live, List<EnvFile> files, List<AdapterChoice> ports, List<ResolvedSetting> settings) {
        List<Value> values = settings.stream().map(resolved -> new Value(resolved.variable().isEmpty()
                ? resolved.setting().variableNames() : resolved.variable(), resolved.displayValue(), resolved.source())).toList();
        return new StatusDocument(live ? "live" : "paper", files.stream().map(file -> file.path().toString()).toList(),
                ports, values);
    }
}
