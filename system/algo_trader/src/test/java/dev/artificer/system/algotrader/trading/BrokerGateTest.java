package dev.artificer.system.algotrader.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import dev.artificer.system.algotrader.config.HardwareMode;
import dev.artificer.system.algotrader.config.Setting;
import dev.artificer.system.algotrader.config.TradingMode;
import dev.artificer.system.algotrader.trading.broker.Broker;
import dev.artificer.system.algotrader.trading.broker.BrokerGate;
import dev.artificer.system.algotrader.trading.broker.LiveBrokerFactory;
import dev.artificer.system.algotrader.trading.broker.LiveTradingRefusedException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrokerGateTest {

    private static final Broker PAPER = new FailingBroker("paper");
    private static final Broker LIVE = new FailingBroker("schwab");
    private static final LiveBrokerFactory LIVE_FACTORY = () -> LIVE;

    private static AlgoTraderProperties properties(TradingMode mode, String confirmation) {
        return new AlgoTraderProperties(Path.of("/data"), mode, confirmation, "", Duration.ofHours(156),
                new AlgoTraderProperties.Redis("", 6379, "", "", 0),
                new AlgoTraderProperties.Mysql("", 3306, "artificer", "artificer", ""),
                new AlgoTraderProperties.Influxdb("", "", "artificer", "market"),
                new AlgoTraderProperties.Schwab("key", "secret", "https://127.0.0.1:8182", "https://api.schwabapi.com", 120, "", 120),
                HardwareMode.OFF, new AlgoTraderProperties.Grafana("localhost", 3000, "admin", "", "docker"));
    }

    @Test
    void paperModeTradesOnPaperEvenWhenALiveBrokerIsAvailable() {
        assertThat(BrokerGate.choose(properties(TradingMode.PAPER, ""), Optional.of(LIVE_FACTORY), () -> PAPER))
                .isSameAs(PAPER);
    }

    @Test
    void liveModeWithoutTheConfirmationRefusesWithOneLineAndNeverFallsBackToPaper() {
        assertThatThrownBy(() -> BrokerGate.choose(properties(TradingMode.LIVE, ""), Optional.of(LIVE_FACTORY),
                () -> PAPER))
                .isInstanceOf(LiveTradingRefusedException.class)
                .hasMessage("live trading refused: ALGO_TRADER_MODE=live also needs ALGO_TRADER_LIVE_CONFIRMATION="
                        + Setting.LIVE_CONFIRMATION_PHRASE + "; nothing was traded (ALGO_TRADER_MODE=paper paper-trades)");
    }

    @Test
    void confirmedLiveModeWithoutALiveBrokerRefuses() {
        assertThatThrownBy(() -> BrokerGate.choose(properties(TradingMode.LIVE, Setting.LIVE_CONFIRMATION_PHRASE),
                Optional.empty(), () -> PAPER))
                .isInstanceOf(LiveTradingRefusedException.class)
                .hasMessage("live trading refused: it is confirmed, but no live broker is configured (the Schwab "
                        + "broker needs ALGO_TRADER_SCHWAB_API_KEY and ALGO_TRADER_SCHWAB_SECRET); nothing was traded");
    }

    @Test
    void confirmedLiveModeOpensTheLiveBroker() {
        assertThat(BrokerGate.choose(properties(TradingMode.LIVE, Setting.LIVE_CONFIRMATION_PHRASE),
                Optional.of(LIVE_FACTORY), () -> PAPER)).isSameAs(LIVE);
    }
}
