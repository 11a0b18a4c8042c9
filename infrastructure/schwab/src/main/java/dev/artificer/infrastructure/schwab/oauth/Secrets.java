package dev.artificer.infrastructure.schwab.oauth;

/** How secrets are shown in {@code toString()}: never their text. */
final class Secrets {

    private Secrets() {
    }

    /**
     * A mask for a secret.
     *
     * @param secret the secret, possibly null or empty
     * @return {@code ****}, or {@code none} when there is no secret
     */
    static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "none" : "****";
    }
}
