package dev.artificer.infrastructure.mysql;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PooledDataSourcesIT {

    @Test
    void unreachableServerFailsAtOpenWithTheUrlAndWithoutThePassword() {
        DatabaseSettings nowhere = DatabaseSettings.builder("jdbc:mysql://127.0.0.1:1/none")
                .credentials("trader", "very-secret-pw").connectionTimeout(Duration.ofMillis(500)).build();

        assertThatThrownBy(() -> PooledDataSources.open(nowhere))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("jdbc:mysql://127.0.0.1:1/none")
                .hasMessageNotContaining("very-secret-pw");
    }
}
