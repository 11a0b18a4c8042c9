package dev.artificer.system.algotrader.cli;

import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import dev.artificer.system.algotrader.config.MarketDataProperties;
import dev.artificer.system.algotrader.config.EnvFile;
import dev.artificer.system.algotrader.config.ResolvedSetting;
import dev.artificer.system.algotrader.config.SettingsResolver;
import dev.artificer.system.algotrader.status.AdapterChoice;
import dev.artificer.system.algotrader.status.AdapterSelection;
import dev.artificer.system.algotrader.status.RaspberryPiDetector;
import org.springframework.beans.factory.ObjectProvider;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code algo-trader status}: which adapter serves each port and the effective configuration with secrets
 * masked. Reads configuration only, so it works with no server running.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show which adapter each port uses and the effective configuration (secrets masked).")
public class StatusCommand implements Callable<Integer> {

    private final ObjectProvider<AlgoTraderProperties> properties;
    private final ObjectProvider<MarketDataProperties> marketData;
    private final ObjectProvider<SettingsResolver> settings;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print the report as one JSON document (secrets masked).")
    private boolean json;

    /**
     * Creates the command.
     *
     * @param properties the validated configuration
     * @param marketData where price history comes from
     * @param settings   where each value came from
     */
    public StatusCommand(ObjectProvider<AlgoTraderProperties> properties, ObjectProvider<MarketDataProperties> marketData,
                         ObjectProvider<SettingsResolver> settings) {
        this.properties = properties;
        this.marketData = marketData;
        this.settings = settings;
    }

    /**
     * Prints the report.
     *
     * @return 0
     */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AlgoTraderProperties properties = this.properties.getObject();
        SettingsResolver settings = this.settings.getObject();
        List<EnvFile> files = settings.filesRead();
        List<AdapterChoice> adapters = AdapterSelection.choose(properties, marketData.getObject().source(),
                RaspberryPiDetector.onRaspberryPi());
        if (json) {
            JsonOutput.print(out, StatusDocument.of(properties.liveTradingConfirmed(), files, adapters, settings.resolveAll()));
            return 0;
        }
        out.println("Trading mode: " + (properties.liveTradingConfirmed() ? "LIVE (real money)" : "paper"));
        out.println("Env files: " + (files.isEmpty() ? "none found"
                : files.stream().map(file -> file.path().toString()).collect(Collectors.joining(", "))));
        out.println();
        Table ports = new Table("PORT", "ADAPTER", "WHY");
        adapters.forEach(choice -> ports.row(choice.port(), choice.adapter(), choice.reason()));
        ports.print(out);
        out.println();
        out.println("Configuration (secrets masked):");
        Table configuration = new Table("VARIABLE", "VALUE", "SOURCE");
        for (ResolvedSetting resolved : settings.resolveAll()) {
            String variable = resolved.variable().isEmpty() ? resolved.setting().variableNames() : resolved.variable();
            configuration.row(variable, resolved.displayValue(), resolved.source());
        }
        configuration.print(out);
        out.flush();
        return 0;
    }
}
