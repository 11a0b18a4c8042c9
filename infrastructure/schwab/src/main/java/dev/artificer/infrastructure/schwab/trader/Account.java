package dev.artificer.infrastructure.schwab.trader;

import java.util.List;

/**
 * One account with its positions and balances ({@code GET /accounts/{hash}?fields=positions}).
 *
 * @param accountNumber the plain account number
 * @param type          {@code MARGIN} or {@code CASH}
 * @param positions     the positions, empty when none
 * @param balances      the current balances
 */
public record Account(String accountNumber, String type, List<Position> positions, Balances balances) {

    /** Copies the positions. */
    public Account {
        positions = List.copyOf(positions);
    }

    @Override
    public String toString() {
        return "Account[accountNumber=" + AccountNumbers.masked(accountNumber) + ", type=" + type + ", positions="
                + positions + ", balances=" + balances + "]";
    }
}
