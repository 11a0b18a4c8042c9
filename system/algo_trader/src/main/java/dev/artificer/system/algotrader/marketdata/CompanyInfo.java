package dev.artificer.system.algotrader.marketdata;

import dev.artificer.component.market.CompanyProfile;
import dev.artificer.component.market.Fundamentals;

/**
 * A company's profile and its current fundamentals, as a market data source reports them.
 *
 * @param profile      identity
 * @param fundamentals figures, or null when the source has none
 */
public record CompanyInfo(CompanyProfile profile, Fundamentals fundamentals) {
}
