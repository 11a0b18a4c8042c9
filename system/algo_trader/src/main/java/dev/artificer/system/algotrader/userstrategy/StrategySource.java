package dev.artificer.system.algotrader.userstrategy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One file of the strategies folder as it was read: its path, its text and the SHA-256 of its bytes, so that every
 * result can be traced to the code that produced it.
 *
 * @param file the file
 * @param text its content
 * @param hash the SHA-256 of the content, in hex
 */
public record StrategySource(Path file, String text, String hash) {

    /**
     * Reads a source from its text.
     *
     * @param file the file it came from
     * @param text its content
     * @return the source with its hash
     */
    public static StrategySource of(Path file, String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new StrategySource(file, text, HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("the JDK has no SHA-256", impossible);
        }
    }

    /**
     * The file's name without its folder, as compiler messages show it.
     *
     * @return e.g. {@code MyIdea.java}
     */
    public String fileName() {
        return file.getFileName().toString();
    }

    /**
     * The identity stored beside results: the file name and the first 12 hex digits of its hash.
     *
     * @return e.g. {@code MyIdea.java@3f2a9c01b7de}
     */
    public String label() {
        return fileName() + "@" + hash.substring(0, 12);
    }
}
