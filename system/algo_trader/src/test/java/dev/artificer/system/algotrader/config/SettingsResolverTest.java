package dev.artificer.system.algotrader.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsResolverTest {

    private static final String HOME = "/home/trader";

    private static EnvFile file(String name, Map<String, String> variables) {
        return new EnvFile(Path.of("/repo", name), variables);
    }

    private static ResolvedSetting resolve(Setting setting, Map<String, String> environment, EnvFile... files) {
        return new SettingsResolver(environment, List.of(files), HOME).resolveAll().stream()
                .filter(resolved -> resolved.setting() == setting).findFirst().orElseThrow();
    }

    @Test
    void systemSpecificVariableWinsOverTheSharedOne() {
        ResolvedSetting host = resolve(Setting.REDIS_HOST,
                Map.of("REDIS_HOST", "shared", "ALGO_TRADER_REDIS_HOST", "specific"));

        assertThat(host.value()).isEqualTo("specific");
        assertThat(host.variable()).isEqualTo("ALGO_TRADER_REDIS_HOST");
    }

    @Test
    void theLiveConfirmationKeepsATrailingSpaceSoItIsNotTheExactPhrase() {
        String almost = Setting.LIVE_CONFIRMATION_PHRASE + " ";

        assertThat(resolve(Setting.LIVE_CONFIRMATION, Map.of("ALGO_TRADER_LIVE_CONFIRMATION", almost)).value())
                .isEqualTo(almost);
        assertThat(resolve(Setting.LIVE_CONFIRMATION, Map.of(),
                file("algo_trader.env", Map.of("ALGO_TRADER_LIVE_CONFIRMATION", almost))).value()).isEqualTo(almost);
    }

    @Test
    void otherValuesLoseSurroundingBlanks() {
        assertThat(resolve(Setting.REDIS_PORT, Map.of("REDIS_PORT", " 6380 ")).value()).isEqualTo("6380");
    }

    @Test
    void sharedVariableIsUsedWhenNoSpecificOneIsSet() {
        assertThat(resolve(Setting.REDIS_PORT, Map.of("REDIS_PORT", "6380")).value()).isEqualTo("6380");
    }

    @Test
    void realEnvironmentWinsOverEnvFilesForTheSameVariable() {
        ResolvedSetting port = resolve(Setting.REDIS_PORT, Map.of("REDIS_PORT", "1111"),
                file("artificer.env", Map.of("REDIS_PORT", "2222")));

        assertThat(port.value()).isEqualTo("1111");
        assertThat(port.source()).isEqualTo("environment");
    }

    @Test
    void earlierEnvFileWinsOverLaterOne() {
        ResolvedSetting mode = resolve(Setting.MYSQL_HOST, Map.of(),
                file("algo_trader.env", Map.of("MYSQL_HOST", "system-db")),
                file("artificer.env", Map.of("MYSQL_HOST", "shared-db")));

        assertThat(mode.value()).isEqualTo("system-db");
        assertThat(mode.source()).isEqualTo("algo_trader.env");
    }

    @Test
    void specificVariableInAFileWinsOverSharedVariableInTheEnvironment() {
        ResolvedSetting host = resolve(Setting.REDIS_HOST, Map.of("REDIS_HOST", "from-env"),
                file("algo_trader.env", Map.of("ALGO_TRADER_REDIS_HOST", "from-file")));

        assertThat(host.value()).isEqualTo("from-file");
    }

    @Test
    void unsetVariableFallsBackToTheSafeDefault() {
        ResolvedSetting mode = resolve(Setting.MODE, Map.of());

        assertThat(mode.value()).isEqualTo("paper");
        assertThat(mode.source()).isEqualTo("default");
    }

    @Test
    void dataDirectoryDefaultsUnderTheUsersHome() {
        assertThat(resolve(Setting.DATA_DIR, Map.of()).value()).isEqualTo("/home/trader/.artificer/algo_trader");
    }

    @Test
    void secretValuesAreMaskedForDisplay() {
        ResolvedSetting secret = resolve(Setting.SCHWAB_SECRET, Map.of("SCHWAB_SECRET", "s3cr3t-value"));

        assertThat(secret.displayValue()).isEqualTo("****");
        assertThat(resolve(Setting.REDIS_PORT, Map.of()).displayValue()).isEqualTo("6379");
    }

    @Test
    void everySettingBecomesAnAlgoTraderProperty() {
        Map<String, Object> properties = new SettingsResolver(Map.of(), List.of(), HOME).asProperties();

        assertThat(properties).hasSize(Setting.values().length)
                .containsEntry("algo-trader.redis.port", "6379")
                .containsEntry("algo-trader.mode", "paper");
    }
}
