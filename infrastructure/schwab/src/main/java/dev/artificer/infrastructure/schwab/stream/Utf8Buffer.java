package dev.artificer.infrastructure.schwab.stream;

/**
 * A frame's text as UTF-8 in a buffer reused from frame to frame (grown when a frame is larger), so that feeding the
 * parser allocates nothing. Lone surrogates become {@code ?}. Not thread-safe.
 */
final class Utf8Buffer {

    private char[] chars = new char[2048];
    private byte[] bytes = new byte[3 * 2048];

    /**
     * Encodes text into {@link #bytes()}, replacing what was there.
     *
     * @param frame the text
     * @return how many bytes it took
     */
    int encode(CharSequence frame) {
        int length = frame.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
            bytes = new byte[3 * chars.length];
        }
        if (frame instanceof String text) {
            text.getChars(0, length, chars, 0);
        } else if (frame instanceof StringBuilder text) {
            text.getChars(0, length, chars, 0);
        } else {
            for (int i = 0; i < length; i++) {
                chars[i] = frame.charAt(i);
            }
        }
        int at = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes[at++] = (byte) c;
            } else if (c < 0x800) {
                bytes[at++] = (byte) (0xC0 | (c >> 6));
                bytes[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                int point = Character.toCodePoint(c, chars[++i]);
                bytes[at++] = (byte) (0xF0 | (point >> 18));
                bytes[at++] = (byte) (0x80 | ((point >> 12) & 0x3F));
                bytes[at++] = (byte) (0x80 | ((point >> 6) & 0x3F));
                bytes[at++] = (byte) (0x80 | (point & 0x3F));
            } else if (Character.isSurrogate(c)) {
                bytes[at++] = '?';
            } else {
                bytes[at++] = (byte) (0xE0 | (c >> 12));
                bytes[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                bytes[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return at;
    }

    /**
     * The buffer holding the last encoded text from index 0.
     *
     * @return the buffer (not a copy)
     */
    byte[] bytes() {
        return bytes;
    }
}
