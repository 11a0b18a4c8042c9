package dev.artificer.system.algotrader.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out every {@link Setting}'s effective value: the process environment wins over
 * {@code system/algo_trader/algo_trader.env}, which wins over {@code artificer.env} (repository root); within
 * those, the system-specific variable ({@code ALGO_TRADER_X}) wins over the shared one ({@code X}); else the
 * safe default.
 */
public final class SettingsResolver {

    /** Name of the shared env file at the repository root. */
    public static final String SHARED_FILE = "artificer.env";
    /** Path of the system's own env file, relative to the repository root. */
    public static final Path SYSTEM_FILE = Path.of("system", "algo_trader", "algo_trader.env");

    private final Map<String, String> environment;
    private final List<EnvFile> files;
    private final String homeDirectory;

    /**
     * A resolver over the given sources.
     *
     * @param environment   the process environment
     * @param files         env files, most important first
     * @param homeDirectory the user's home, for the default data directory
     */
    public SettingsResolver(Map<String, String> environment, List<EnvFile> files, String homeDirectory) {
        this.environment = Map.copyOf(environment);
        this.files = List.copyOf(files);
        this.homeDirectory = homeDirectory;
    }

    /**
     * A resolver over the process environment and the env files found from the working directory up.
     *
     * @param environment      the process environment
     * @param workingDirectory where the app was started
     * @param homeDirectory    the user's home
     * @return the resolver
     */
    public static SettingsResolver discover(Map<String, String> environment, Path workingDirectory,
                                            String homeDirectory) {
        Path root = repositoryRoot(workingDirectory.toAbsolutePath());
        List<EnvFile> files = List.of(EnvFile.read(root.resolve(SYSTEM_FILE)), EnvFile.read(root.resolve(SHARED_FILE)));
        return new SettingsResolver(environment, files, homeDirectory);
    }

    /**
     * Resolves every setting.
     *
     * @return one entry per setting, in table order
     */
    public List<ResolvedSetting> resolveAll() {
        List<ResolvedSetting> resolved = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            resolved.add(resolve(setting));
        }
        return resolved;
    }

    /**
     * The resolved values as properties ({@code algo-trader.*}) for Spring to bind.
     *
     * @return property name to value
     */
    public Map<String, Object> asProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        resolveAll().forEach(resolved -> properties.put(resolved.setting().property(), resolved.value()));
        return properties;
    }

    /**
     * The env files that exist, for the first lines of output.
     *
     * @return the files read
     */
    public List<EnvFile> filesRead() {
        return files.stream().filter(file -> Files.isRegularFile(file.path())).toList();
    }

    private ResolvedSetting resolve(Setting setting) {
        for (String variable : setting.variables()) {
            String value = environment.get(variable);
            if (value != null) {
                return new ResolvedSetting(setting, clean(setting, value), "environment", variable);
            }
            for (EnvFile file : files) {
                String fromFile = file.variables().get(variable);
                if (fromFile != null) {
                    return new ResolvedSetting(setting, clean(setting, fromFile), file.name(), variable);
                }
            }
        }
        return new ResolvedSetting(setting, defaultOf(setting), "default", "");
    }

    /** Surrounding blanks are dropped, except from the live confirmation, which must be exactly the phrase. */
    private static String clean(Setting setting, String value) {
        return setting == Setting.LIVE_CONFIRMATION ? value : value.strip();
    }

    private String defaultOf(Setting setting) {
        if (setting == Setting.DATA_DIR) {
            return Path.of(homeDirectory, ".artificer", "algo_trader").toString();
        }
        return setting.defaultValue();
    }

    private static Path repositoryRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (holdsSharedEnv(dir)) {
                return dir;
            }
        }
        return start;
    }

    private static boolean holdsSharedEnv(Path dir) {
        return Files.isRegularFile(dir.resolve(SHARED_FILE)) || Files.isRegularFile(dir.resolve(SHARED_FILE + ".template"));
    }
}
