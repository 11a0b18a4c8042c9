package dev.artificer.system.algotrader.wiring;

import dev.artificer.infrastructure.schwab.trader.TraderClient;
import dev.artificer.system.algotrader.adapters.schwab.SchwabBroker;
import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import dev.artificer.system.algotrader.trading.broker.LiveBrokerFactory;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Plugs the Schwab trader API in as the live broker when Schwab is configured. The broker gate asks the factory
 * only once live trading is confirmed ({@code ALGO_TRADER_MODE=live} and the confirmation phrase); until then
 * nothing here connects to Schwab.
 */
@Configuration(proxyBeanMethods = false)
@Lazy
public class LiveTradingWiring {

    /**
     * Opens the Schwab broker on the configured account (or the only linked one).
     *
     * @param properties the configuration
     * @param trader     the trader API client, created when the broker is opened
     * @param clock      the time
     * @return the factory
     */
    @Bean
    @ConditionalOnExpression(SchwabWiring.SCHWAB_CONFIGURED)
    public LiveBrokerFactory liveBrokerFactory(AlgoTraderProperties properties, ObjectProvider<TraderClient> trader,
                                               Clock clock) {
        return () -> SchwabBroker.open(trader.getObject(), properties.schwab().account(), clock);
    }
}
