package dev.artificer.infrastructure.schwab.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parser's UTF-8 encoding, checked against the JDK's encoder. */
class Utf8BufferTest {

    private final Utf8Buffer buffer = new Utf8Buffer();

    @ParameterizedTest
    @ValueSource(strings = {"{\"key\":\"AAPL\"}", "Société Générale – € 10", "emoji \uD83D\uDE80 and 漢字", "",
        "ä"})
    void textEncodesAsTheJdkEncodesIt(String text) {
        int length = buffer.encode(new StringBuilder(text));

        assertThat(Arrays.copyOf(buffer.bytes(), length)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(ints = {2047, 2048, 2049, 10_000})
    void textLongerThanTheBufferGrowsIt(int characters) {
        String text = "é".repeat(characters);

        int length = buffer.encode(text);

        assertThat(Arrays.copyOf(buffer.bytes(), length)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lone \uD83D high", "lone \uDE80 low"})
    void aLoneSurrogateBecomesAQuestionMarkAsInTheJdk(String text) {
        int length = buffer.encode(text);

        assertThat(Arrays.copyOf(buffer.bytes(), length)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
}
