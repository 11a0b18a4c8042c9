package dev.artificer.component.market;

import java.util.Objects;

/**
 * Who a symbol belongs to: the instrument's identity as the exchange lists it.
 *
 * @param symbol      the ticker
 * @param cusip       the CUSIP, or null when unknown
 * @param description the company or fund name
 * @param exchange    the listing exchange, e.g. {@code NASDAQ}
 * @param assetType   e.g. {@code EQUITY} or {@code ETF}
 */
public record CompanyProfile(Symbol symbol, String cusip, String description, String exchange, String assetType) {

    /**
     * Validates the profile.
     *
     * @throws NullPointerException when the symbol is missing
     */
    public CompanyProfile {
        Objects.requireNonNull(symbol, "symbol");
    }
}
