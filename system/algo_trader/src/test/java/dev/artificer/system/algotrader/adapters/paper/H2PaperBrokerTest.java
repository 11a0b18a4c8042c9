package dev.artificer.system.algotrader.adapters.paper;

import dev.artificer.system.algotrader.trading.MigratedDatabase;

/** The paper broker on H2 in MySQL mode, as the embedded default runs it (in memory here). */
class H2PaperBrokerTest extends PaperBrokerContract {

    @Override
    MigratedDatabase open() {
        return MigratedDatabase.h2();
    }
}
