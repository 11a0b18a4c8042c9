package dev.artificer.system.algotrader.wiring;

import dev.artificer.component.strategies.BuiltinStrategies;
import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import dev.artificer.system.algotrader.config.StrategyProperties;
import dev.artificer.system.algotrader.userstrategy.StrategyCatalog;
import dev.artificer.system.algotrader.userstrategy.StrategyFolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The strategies the app knows: the built-ins and the user's own from the strategies folder. */
@Configuration(proxyBeanMethods = false)
public class StrategyWiring {

    /**
     * The user's strategies folder.
     *
     * @param properties where the data directory is
     * @param strategies where the folder is, when it is not the default
     * @return the folder
     */
    @Bean
    public StrategyFolder strategyFolder(AlgoTraderProperties properties, StrategyProperties strategies) {
        return new StrategyFolder(strategies.folderIn(properties.dataDir()));
    }

    /**
     * Every strategy by name.
     *
     * @param folder the user's strategies folder
     * @return the catalog
     */
    @Bean
    public StrategyCatalog strategyCatalog(StrategyFolder folder) {
        return new StrategyCatalog(BuiltinStrategies.definitions(), folder, StrategyWiring.class.getClassLoader());
    }
}
