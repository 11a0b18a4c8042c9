package dev.artificer.system.algotrader.trading;

/** The trading stores on a real MySQL or MariaDB server. */
class MysqlTradingStoresIT extends TradingStoresContract {

    @Override
    MigratedDatabase open() {
        return MigratedDatabase.mysql();
    }
}
