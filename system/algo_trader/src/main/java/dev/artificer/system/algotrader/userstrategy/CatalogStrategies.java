package dev.artificer.system.algotrader.userstrategy;

import dev.artificer.component.strategy.Strategy;
import dev.artificer.system.algotrader.trading.Assignment;
import dev.artificer.system.algotrader.trading.StrategySupply;

/**
 * The decision loop's strategies from the catalog: the folder is read again at each run, and while a file does not
 * load the loop keeps trading the last version that did.
 */
public final class CatalogStrategies implements StrategySupply {

    private final StrategyCatalog catalog;

    /**
     * Creates the supply.
     *
     * @param catalog the strategies by name
     */
    public CatalogStrategies(StrategyCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Strategy create(Assignment assignment) {
        return catalog.registryOrLastGood().create(assignment.strategy(), assignment.parameters());
    }

    @Override
    public String version(Assignment assignment) {
        catalog.registryOrLastGood();
        return catalog.version(assignment.strategy());
    }
}
