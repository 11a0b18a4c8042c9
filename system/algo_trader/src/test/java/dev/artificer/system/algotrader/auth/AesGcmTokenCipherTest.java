package dev.artificer.system.algotrader.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class AesGcmTokenCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void sealedTokenOpensToTheOriginal() {
        TokenCipher cipher = TokenCipher.forKey(KEY);

        assertThat(cipher.open(cipher.seal("access-token-123"))).isEqualTo("access-token-123");
    }

    @Test
    void sealedTextHidesTheTokenAndDiffersEachTime() {
        TokenCipher cipher = TokenCipher.forKey(KEY);
        String first = cipher.seal("access-token-123");

        assertThat(first).startsWith("aesgcm:").doesNotContain("access-token-123");
        assertThat(cipher.seal("access-token-123")).isNotEqualTo(first);
    }

    @Test
    void wrongKeyFailsWithAClearMessage() {
        String sealed = TokenCipher.forKey(KEY).seal("access-token-123");

        assertThatThrownBy(() -> TokenCipher.forKey(OTHER_KEY).open(sealed))
                .isInstanceOf(TokenStorageException.class)
                .hasMessageContaining("ALGO_TRADER_TOKEN_KEY")
                .hasMessageNotContaining("access-token-123");
    }

    @Test
    void alteredCiphertextIsRejected() {
        String sealed = TokenCipher.forKey(KEY).seal("access-token-123");
        String altered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertThatThrownBy(() -> TokenCipher.forKey(KEY).open(altered)).isInstanceOf(TokenStorageException.class);
    }

    @Test
    void withoutAKeyTokensStayPlainButEncryptedOnesAreRefused() {
        TokenCipher plain = TokenCipher.forKey("");
        String sealed = TokenCipher.forKey(KEY).seal("access-token-123");

        assertThat(plain.seal("t")).isEqualTo("t");
        assertThatThrownBy(() -> plain.open(sealed))
                .isInstanceOf(TokenStorageException.class)
                .hasMessageContaining("encrypted");
    }

    @Test
    void plainTokensStoredBeforeAKeyWasSetStillOpen() {
        assertThat(TokenCipher.forKey(KEY).open("old-plain-token")).isEqualTo("old-plain-token");
    }
}
