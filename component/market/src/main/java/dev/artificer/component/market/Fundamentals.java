package dev.artificer.component.market;

import java.time.Instant;
import java.util.Objects;

/**
 * A snapshot of a company's main fundamental figures at one moment; any figure may be unknown (null).
 *
 * @param symbol            the ticker
 * @param asOf              when the figures were taken
 * @param peRatio           price / earnings
 * @param pegRatio          P/E / earnings growth
 * @param pbRatio           price / book value
 * @param epsTtm            earnings per share, trailing twelve months
 * @param dividendYield     dividend yield, percent
 * @param dividendAmount    annual dividend per share
 * @param marketCap         market capitalisation
 * @param sharesOutstanding shares outstanding
 * @param beta              beta against the market
 * @param high52Week        52-week high
 * @param low52Week         52-week low
 * @param grossMargin       gross margin (TTM), percent
 * @param netMargin         net profit margin (TTM), percent
 * @param operatingMargin   operating margin (TTM), percent
 * @param returnOnEquity    return on equity, percent
 * @param returnOnAssets    return on assets, percent
 */
public record Fundamentals(Symbol symbol, Instant asOf, Double peRatio, Double pegRatio, Double pbRatio, Double epsTtm,
                           Double dividendYield, Double dividendAmount, Double marketCap, Double sharesOutstanding,
                           Double beta, Double high52Week, Double low52Week, Double grossMargin, Double netMargin,
                           Double operatingMargin, Double returnOnEquity, Double returnOnAssets) {

    /**
     * Validates the snapshot.
     *
     * @throws NullPointerException when the symbol or time is missing
     */
    public Fundamentals {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * Whether the figures equal another snapshot's, ignoring when each was taken.
     *
     * @param other another snapshot
     * @return true when nothing changed
     */
    public boolean sameFiguresAs(Fundamentals other) {
        return other != null && withAsOf(Instant.EPOCH).equals(other.withAsOf(Instant.EPOCH));
    }

    /**
     * The same figures taken at another moment.
     *
     * @param moment the new time
     * @return the copy
     */
    public Fundamentals withAsOf(Instant moment) {
        return new Fundamentals(symbol, moment, peRatio, pegRatio, pbRatio, epsTtm, dividendYield, dividendAmount,
                marketCap, sharesOutstanding, beta, high52Week, low52Week, grossMargin, netMargin, operatingMargin,
                returnOnEquity, returnOnAssets);
    }
}
