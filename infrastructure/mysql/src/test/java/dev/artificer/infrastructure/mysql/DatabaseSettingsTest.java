package dev.artificer.infrastructure.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void passwordNeverAppearsInTheStringForm() {
        DatabaseSettings settings = DatabaseSettings.builder("jdbc:mysql://db:3306/x")
                .credentials("trader", "p4ss-w0rd").build();

        assertThat(settings.toString()).doesNotContain("p4ss-w0rd").contains("password=****");
    }

    @Test
    void urlMustBeAJdbcUrl() {
        assertThatThrownBy(() -> DatabaseSettings.builder("mysql://db:3306/x").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must start with 'jdbc:'");
    }

    @Test
    void poolNeedsAtLeastOneConnection() {
        assertThatThrownBy(() -> DatabaseSettings.builder("jdbc:h2:mem:x").maximumPoolSize(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pool size must be 1 or more (got 0)");
    }

    @Test
    void tinyConnectionTimeoutIsRejected() {
        assertThatThrownBy(() -> DatabaseSettings.builder("jdbc:h2:mem:x").connectionTimeout(Duration.ofMillis(5)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 250 ms");
    }

    @Test
    void missingAccountMeansEmptyStrings() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:h2:mem:x", null, null, null, 2, Duration.ofSeconds(1));

        assertThat(settings.user()).isEmpty();
        assertThat(settings.password()).isEmpty();
        assertThat(settings.poolName()).isEqualTo("artificer");
    }
}
