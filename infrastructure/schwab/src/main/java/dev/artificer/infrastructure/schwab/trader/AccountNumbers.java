package dev.artificer.infrastructure.schwab.trader;

/** Shows plain account numbers in messages and {@code toString()} by their last four digits only. */
final class AccountNumbers {

    private static final int SHOWN = 4;

    private AccountNumbers() {
    }

    static String masked(String accountNumber) {
        if (accountNumber == null) {
            return "null";
        }
        return accountNumber.length() <= SHOWN ? "…" : "…" + accountNumber.substring(accountNumber.length() - SHOWN);
    }
}
