package dev.artificer.system.algotrader.trading.broker;

import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import dev.artificer.system.algotrader.config.Setting;
import dev.artificer.system.algotrader.config.TradingMode;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The live gate: orders go to the paper broker unless {@code ALGO_TRADER_MODE=live} AND
 * {@code ALGO_TRADER_LIVE_CONFIRMATION} holds the exact phrase. Live mode without the phrase, or confirmed live mode
 * without a live broker, refuses to trade at all rather than falling back, so live mode is never entered, or
 * believed entered, by accident.
 */
public final class BrokerGate {

    private BrokerGate() {
    }

    /**
     * Picks the broker.
     *
     * @param properties the configuration
     * @param live       the live broker's factory, when the build provides one
     * @param paper      makes the paper broker
     * @return the paper broker, or the live one when live trading is confirmed
     * @throws LiveTradingRefusedException when live mode is asked for but not confirmed, or cannot be served
     */
    public static Broker choose(AlgoTraderProperties properties, Optional<LiveBrokerFactory> live,
                                Supplier<Broker> paper) {
        if (properties.mode() != TradingMode.LIVE) {
            return paper.get();
        }
        if (!properties.liveTradingConfirmed()) {
            throw new LiveTradingRefusedException("live trading refused: ALGO_TRADER_MODE=live also needs "
                    + Setting.LIVE_CONFIRMATION.variableNames() + "=" + Setting.LIVE_CONFIRMATION_PHRASE
                    + "; nothing was traded (ALGO_TRADER_MODE=paper paper-trades)");
        }
        return live.orElseThrow(() -> new LiveTradingRefusedException("live trading refused: it is confirmed, but "
                + "no live broker is configured (the Schwab broker needs " + Setting.SCHWAB_API_KEY.variables().getFirst()
                + " and " + Setting.SCHWAB_SECRET.variables().getFirst() + "); nothing was traded")).open();
    }
}
