package dev.artificer.system.algotrader.config;

import dev.artificer.component.market.Symbol;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The typed, validated trading settings: the paper broker's account and costs, the risk limits and the decision
 * loop's tuning. A bad value stops the app at start with a message naming its variable.
 *
 * @param paper           the paper broker
 * @param risk            the risk limits
 * @param maxBrokerErrors consecutive broker errors that halt trading
 * @param warmupBars      bars of history each strategy sees, without trading, before it trades
 */
@ConfigurationProperties("algo-trader.trading")
public record TradingProperties(Paper paper, Risk risk, int maxBrokerErrors, int warmupBars) {

    /** Validates the values. */
    public TradingProperties {
        if (maxBrokerErrors < 1 || maxBrokerErrors > 100) {
            throw InvalidSettingException.of(Setting.TRADING_MAX_BROKER_ERRORS, String.valueOf(maxBrokerErrors));
        }
        if (warmupBars < 0 || warmupBars > 100_000) {
            throw InvalidSettingException.of(Setting.TRADING_WARMUP_BARS, String.valueOf(warmupBars));
        }
    }

    /**
     * The paper broker's account and costs.
     *
     * @param initialCash        cash when the paper account is first created
     * @param commissionPerShare commission per share
     * @param commissionMinimum  commission at least per fill
     * @param slippageBps        slippage of market and stop fills, in basis points
     */
    public record Paper(double initialCash, double commissionPerShare, double commissionMinimum, double slippageBps) {
        /** Validates the values. */
        public Paper {
            if (!(initialCash > 0 && Double.isFinite(initialCash))) {
                throw InvalidSettingException.of(Setting.PAPER_INITIAL_CASH, String.valueOf(initialCash));
            }
            requireAmount(Setting.PAPER_COMMISSION_PER_SHARE, commissionPerShare);
            requireAmount(Setting.PAPER_COMMISSION_MINIMUM, commissionMinimum);
            if (!(slippageBps >= 0 && slippageBps <= 1000)) {
                throw InvalidSettingException.of(Setting.PAPER_SLIPPAGE_BPS, String.valueOf(slippageBps));
            }
        }
    }

    /**
     * The risk limits; a limit of 0 means none.
     *
     * @param maxPositionValue dollars per symbol
     * @param maxTotalExposure dollars of all positions together (gross)
     * @param maxDailyLoss     dollars lost since the day's start that halt trading
     * @param maxOrdersPerDay  orders per day
     * @param allowedSymbols   symbols separated by commas; empty = the watchlist
     * @param marketHoursOnly  whether orders are sent only in regular market hours
     */
    public record Risk(double maxPositionValue, double maxTotalExposure, double maxDailyLoss, int maxOrdersPerDay,
                       String allowedSymbols, boolean marketHoursOnly) {
        /** Validates the values. */
        public Risk {
            requireAmount(Setting.RISK_MAX_POSITION_VALUE, maxPositionValue);
            requireAmount(Setting.RISK_MAX_TOTAL_EXPOSURE, maxTotalExposure);
            requireAmount(Setting.RISK_MAX_DAILY_LOSS, maxDailyLoss);
            if (maxOrdersPerDay < 0) {
                throw InvalidSettingException.of(Setting.RISK_MAX_ORDERS_PER_DAY, String.valueOf(maxOrdersPerDay));
            }
            allowedSymbols = allowedSymbols == null ? "" : allowedSymbols.strip();
            try {
                symbols(allowedSymbols);
            } catch (IllegalArgumentException malformed) {
                throw InvalidSettingException.of(Setting.RISK_ALLOWED_SYMBOLS, allowedSymbols);
            }
        }

        /**
         * The allowed symbols.
         *
         * @return the symbols; empty when the watchlist decides
         */
        public List<Symbol> allowed() {
            return symbols(allowedSymbols);
        }

        private static List<Symbol> symbols(String text) {
            return Arrays.stream(text.split(",")).map(String::strip).filter(part -> !part.isEmpty()).map(Symbol::of)
                    .toList();
        }
    }

    private static void requireAmount(Setting setting, double amount) {
        if (!(amount >= 0 && Double.isFinite(amount))) {
            throw InvalidSettingException.of(setting, String.valueOf(amount));
        }
    }
}
