package dev.artificer.system.algotrader.trading;

/** The decision loop on H2 in MySQL mode, as the embedded default runs it (in memory here). */
class H2TradingLoopTest extends TradingLoopContract {

    @Override
    MigratedDatabase open() {
        return MigratedDatabase.h2();
    }
}
