package dev.artificer.system.algotrader.wiring;

import com.pi4j.Pi4J;
import dev.artificer.system.algotrader.adapters.hardware.StatusPanels;
import dev.artificer.system.algotrader.auth.SchwabSession;
import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import dev.artificer.system.algotrader.config.HardwarePins;
import dev.artificer.system.algotrader.config.TradingMode;
import dev.artificer.system.algotrader.hardware.LoginState;
import dev.artificer.system.algotrader.hardware.StatusPanel;
import dev.artificer.system.algotrader.hardware.TradingPanel;
import dev.artificer.system.algotrader.status.RaspberryPiDetector;
import dev.artificer.system.algotrader.trading.TradingState;
import dev.artificer.system.algotrader.trading.broker.Broker;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The hardware panel: the StatusPanel adapter that {@code ALGO_TRADER_HARDWARE} picks (opened only by the service,
 * so one-shot commands never claim the GPIO pins), and the trader's side of it, which is also the trading core's
 * events. Lazy, like the rest.
 */
@Configuration(proxyBeanMethods = false)
@Lazy
public class HardwareWiring {

    /**
     * The panel's hardware; closing the application releases it.
     *
     * @param properties the configuration
     * @param pins       the BCM numbers of the parts
     * @return the GPIO panel, or the logging one
     */
    @Bean(destroyMethod = "close")
    public StatusPanel statusPanel(AlgoTraderProperties properties, HardwarePins pins) {
        return StatusPanels.open(properties.hardware(), RaspberryPiDetector.onRaspberryPi(), pins, Pi4J::newAutoContext);
    }

    /**
     * The trader's side of the panel and the trading core's events; the service attaches the panel to it.
     *
     * @param state      the kill switch
     * @param broker     the broker
     * @param properties the configuration (the mode)
     * @param session    the Schwab session, present when Schwab is configured
     * @param clock      the time
     * @return the panel's logic
     */
    @Bean(destroyMethod = "close")
    public TradingPanel tradingPanel(TradingState state, Broker broker, AlgoTraderProperties properties,
                                     ObjectProvider<SchwabSession> session, Clock clock) {
        SchwabSession schwab = session.getIfAvailable();
        Supplier<LoginState> login = schwab == null ? () -> LoginState.NOT_USED
                : () -> LoginState.of(schwab.status(), clock.instant());
        return new TradingPanel(state, broker, properties.liveTradingConfirmed() ? TradingMode.LIVE : TradingMode.PAPER,
                login, clock);
    }
}
