package dev.artificer.component.indicators.catalog;

import java.util.List;

/** The definitions of the indicators TA-Lib does not have. */
final class ExtensionIndicators {

    private ExtensionIndicators() {
    }

    static List<IndicatorDefinition> all() {
        return List.of();
    }
}
