package dev.artificer.infrastructure.schwab.trader;

import dev.artificer.infrastructure.schwab.error.InvalidRequestException;

/**
 * The encrypted account id Schwab wants in every trader path, the {@code hashValue} of
 * {@link TraderClient#accountNumbers()}; a plain account number is refused here before Schwab refuses it.
 *
 * @param value the hash as Schwab sent it
 */
public record AccountHash(String value) {

    /**
     * Validates the hash.
     *
     * @throws InvalidRequestException when it is blank or only digits, i.e. a plain account number
     */
    public AccountHash {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException("an account hash must not be empty");
        }
        if (value.chars().allMatch(Character::isDigit)) {
            throw new InvalidRequestException("an account hash is the encrypted hashValue from "
                    + "GET /accounts/accountNumbers, not the plain account number");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
