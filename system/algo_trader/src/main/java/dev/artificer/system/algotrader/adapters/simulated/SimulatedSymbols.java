package dev.artificer.system.algotrader.adapters.simulated;

import dev.artificer.component.market.Symbol;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The tickers the simulated market simulates: the large US companies of the S&amp;P 100 and a few broad ETFs. A
 * ticker outside this list is refused rather than given an invented price path, so that a typo or an unlisted symbol
 * is never silently "traded".
 */
public final class SimulatedSymbols {

    private static final Set<String> TICKERS = Stream.of(
            "AAPL ABBV ABT ACN ADBE AIG AMD AMGN AMT AMZN AVGO AXP BA BAC BK BKNG BLK BMY BRK.B C CAT CHTR CL CMCSA",
            "COF COP COST CRM CSCO CVS CVX DE DHR DIS DUK EMR F FDX GD GE GILD GM GOOG GOOGL GS HD HON IBM INTC INTU",
            "ISRG JNJ JPM KHC KO LIN LLY LMT LOW MA MCD MDLZ MDT MET META MMM MO MRK MS MSFT NEE NFLX NKE NVDA ORCL",
            "PEP PFE PG PLTR PM PYPL QCOM RTX SBUX SCHW SO SPG T TGT TMO TMUS TSLA TXN UBER UNH UNP UPS USB V VZ WFC",
            "WMT XOM SPY QQQ IWM DIA VTI VOO EFA EEM TLT GLD")
            .flatMap(line -> Stream.of(line.split(" "))).collect(Collectors.toUnmodifiableSet());

    private SimulatedSymbols() {
    }

    /**
     * Whether the simulated market simulates a ticker.
     *
     * @param symbol the ticker
     * @return true when it is on the list
     */
    public static boolean simulates(Symbol symbol) {
        return TICKERS.contains(symbol.value());
    }

    /**
     * How many tickers are simulated.
     *
     * @return the list's size
     */
    public static int count() {
        return TICKERS.size();
    }

    /**
     * The tickers in alphabetical order, for messages.
     *
     * @return e.g. {@code AAPL ABBV ...}
     */
    public static String listed() {
        return String.join(" ", new TreeSet<>(TICKERS));
    }
}
