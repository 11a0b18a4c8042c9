package dev.artificer.system.algotrader.trading;

/** The trading stores on H2 in MySQL mode, as the embedded default runs them (in memory here). */
class H2TradingStoresTest extends TradingStoresContract {

    @Override
    MigratedDatabase open() {
        return MigratedDatabase.h2();
    }
}
