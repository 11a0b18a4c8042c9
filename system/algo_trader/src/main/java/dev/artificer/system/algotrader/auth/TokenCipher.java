package dev.artificer.system.algotrader.auth;

/** Seals token strings before they are stored and opens them when read: AES-GCM with a key, or plain text. */
public interface TokenCipher {

    /**
     * Seals a token for storage.
     *
     * @param token the token
     * @return the text to store
     */
    String seal(String token);

    /**
     * Opens a stored token.
     *
     * @param stored the stored text
     * @return the token
     * @throws TokenStorageException when it cannot be opened (wrong or missing key)
     */
    String open(String stored);

    /**
     * The cipher for a configured key.
     *
     * @param base64Key a base64 256-bit key, or empty for plain text
     * @return AES-GCM with the key, or the plain cipher
     */
    static TokenCipher forKey(String base64Key) {
        return base64Key == null || base64Key.isBlank() ? new PlainTokenCipher() : AesGcmTokenCipher.fromBase64(base64Key);
    }
}
