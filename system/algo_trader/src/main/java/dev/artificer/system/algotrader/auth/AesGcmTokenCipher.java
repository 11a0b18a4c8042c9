package dev.artificer.system.algotrader.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Encrypts tokens at rest with AES-256-GCM: a fresh 96-bit nonce per token, stored as {@code aesgcm:base64}. */
public final class AesGcmTokenCipher implements TokenCipher {

    static final String PREFIX = "aesgcm:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private AesGcmTokenCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * A cipher for a base64-encoded 256-bit key.
     *
     * @param base64Key the key
     * @return the cipher
     * @throws IllegalArgumentException when the key is not 32 bytes of base64
     */
    public static AesGcmTokenCipher fromBase64(String base64Key) {
        byte[] key = Base64.getDecoder().decode(base64Key.strip());
        if (key.length != 32) {
            throw new IllegalArgumentException("token key must be 32 bytes (256 bits), base64-encoded");
        }
        return new AesGcmTokenCipher(key);
    }

    @Override
    public String seal(String token) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException failure) {
            throw new TokenStorageException("cannot encrypt the Schwab tokens: " + failure.getMessage());
        }
    }

    @Override
    public String open(String stored) {
        if (!stored.startsWith(PREFIX)) {
            return stored;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException failure) {
            throw new TokenStorageException("cannot decrypt the stored Schwab tokens: ALGO_TRADER_TOKEN_KEY is not the "
                    + "key they were stored with (or they were altered); run `auth logout` and log in again");
        }
    }
}
