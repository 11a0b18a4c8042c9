package dev.artificer.system.algotrader.adapters.paper;

import dev.artificer.system.algotrader.trading.MigratedDatabase;

/** The paper broker on a real MySQL or MariaDB server. */
class MysqlPaperBrokerIT extends PaperBrokerContract {

    @Override
    MigratedDatabase open() {
        return MigratedDatabase.mysql();
    }
}
