package dev.artificer.infrastructure.schwab.trader;

/**
 * One account linked to the login, as {@code GET /accounts/accountNumbers} lists it.
 *
 * @param accountNumber the plain account number, for matching configuration; never put into a path
 * @param hash          the encrypted id to use in paths
 */
public record LinkedAccount(String accountNumber, AccountHash hash) {

    @Override
    public String toString() {
        return "LinkedAccount[accountNumber=" + AccountNumbers.masked(accountNumber) + ", hash=" + hash + "]";
    }
}
