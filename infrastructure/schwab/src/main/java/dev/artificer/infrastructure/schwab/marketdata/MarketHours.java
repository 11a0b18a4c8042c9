package dev.artificer.infrastructure.schwab.marketdata;

import java.time.LocalDate;
import java.util.List;

/**
 * The hours of one market product on one day, from {@code GET /markets}.
 *
 * @param market        the market, e.g. {@link Market#EQUITY}
 * @param product       Schwab's product code, e.g. {@code EQ}
 * @param productName   e.g. {@code equity}
 * @param date          the trading day
 * @param open          whether the market opens that day
 * @param preMarket     pre-market sessions, empty when none
 * @param regularMarket regular sessions, empty when closed
 * @param postMarket    post-market sessions, empty when none
 */
public record MarketHours(Market market, String product, String productName, LocalDate date, boolean open,
                          List<SessionWindow> preMarket, List<SessionWindow> regularMarket,
                          List<SessionWindow> postMarket) {

    /** Copies the lists so the record stays immutable. */
    public MarketHours {
        preMarket = List.copyOf(preMarket);
        regularMarket = List.copyOf(regularMarket);
        postMarket = List.copyOf(postMarket);
    }
}
