package dev.artificer.system.algotrader.trading;

/** The decision loop on a real MySQL or MariaDB server. */
class MysqlTradingLoopIT extends TradingLoopContract {

    @Override
    MigratedDatabase open() {
        return MigratedDatabase.mysql();
    }
}
