package dev.artificer.infrastructure.schwab.trader;

/**
 * One position of an account ({@code securitiesAccount.positions[]}).
 *
 * @param symbol        the instrument's symbol
 * @param assetType     e.g. {@code EQUITY}, {@code OPTION}, {@code CASH_EQUIVALENT}
 * @param longQuantity  shares held long, 0 when none
 * @param shortQuantity shares held short, as a positive number, 0 when none
 * @param averagePrice  the average cost per share
 * @param marketValue   the position's market value (negative for a short position)
 */
public record Position(String symbol, String assetType, double longQuantity, double shortQuantity,
                       double averagePrice, double marketValue) {

    /**
     * Long minus short quantity.
     *
     * @return positive when long, negative when short
     */
    public double netQuantity() {
        return longQuantity - shortQuantity;
    }
}
