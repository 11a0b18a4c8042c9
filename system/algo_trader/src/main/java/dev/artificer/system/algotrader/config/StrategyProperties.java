package dev.artificer.system.algotrader.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the user's own strategies live.
 *
 * @param folder the strategies folder, or empty for {@code <data dir>/strategies}
 */
@ConfigurationProperties("algo-trader.strategies")
public record StrategyProperties(String folder) {

    /** Reads an absent value as empty. */
    public StrategyProperties {
        folder = folder == null ? "" : folder.strip();
    }

    /**
     * The folder to use.
     *
     * @param dataDir the data directory, whose {@code strategies} folder is the default
     * @return the folder
     */
    public Path folderIn(Path dataDir) {
        return folder.isEmpty() ? dataDir.resolve("strategies") : Path.of(folder);
    }
}
