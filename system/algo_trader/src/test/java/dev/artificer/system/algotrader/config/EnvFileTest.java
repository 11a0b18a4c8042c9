package dev.artificer.system.algotrader.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvFileTest {

    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("artificer.env"), content);
    }

    @Test
    void exportLinesAreReadLikePlainAssignments() throws IOException {
        EnvFile file = EnvFile.read(write("export REDIS_HOST=10.0.0.5\nREDIS_PORT=6380\n"));

        assertThat(file.variables()).containsEntry("REDIS_HOST", "10.0.0.5").containsEntry("REDIS_PORT", "6380");
    }

    @Test
    void quotesAndCommentsFollowShellConventions() throws IOException {
        EnvFile file = EnvFile.read(write("# a comment\nexport MYSQL_PASSWORD=\"two words\"\n\nexport EMPTY=\n"));

        assertThat(file.variables()).containsEntry("MYSQL_PASSWORD", "two words").containsEntry("EMPTY", "");
        assertThat(file.variables()).doesNotContainKey("# a comment");
    }

    @Test
    void missingFileHasNoVariables() {
        assertThat(EnvFile.read(dir.resolve("absent.env")).variables()).isEmpty();
    }

    @Test
    void malformedLineIsReportedWithTheFile() throws IOException {
        Path path = write("export REDIS_HOST=ok\nthis line has no equals sign\n");

        assertThatThrownBy(() -> EnvFile.read(path))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining(path.toString())
                .hasMessageContaining("malformed line");
    }
}
