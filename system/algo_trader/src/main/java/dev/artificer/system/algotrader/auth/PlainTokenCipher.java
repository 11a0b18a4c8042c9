package dev.artificer.system.algotrader.auth;

/** Stores tokens as they are (the store's own protection applies: file permissions, Redis ACLs). */
public final class PlainTokenCipher implements TokenCipher {

    @Override
    public String seal(String token) {
        return token;
    }

    @Override
    public String open(String stored) {
        if (stored.startsWith(AesGcmTokenCipher.PREFIX)) {
            throw new TokenStorageException("the stored Schwab tokens are encrypted: set ALGO_TRADER_TOKEN_KEY to the "
                    + "key they were stored with, or run `auth logout` and log in again");
        }
        return stored;
    }
}
