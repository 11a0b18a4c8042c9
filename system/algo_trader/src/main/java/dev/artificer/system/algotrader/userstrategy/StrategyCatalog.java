package dev.artificer.system.algotrader.userstrategy;

import dev.artificer.component.strategies.rules.RulesFile;
import dev.artificer.component.strategy.StrategyDefinition;
import dev.artificer.component.strategy.StrategyRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every strategy the app knows: the built-ins, then the user's from the strategies folder. The folder is read again
 * on each use and compiled again only when a file changed, so a running service picks up an edit at its next run.
 */
public final class StrategyCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(StrategyCatalog.class);

    private final List<StrategyDefinition> builtins;
    private final StrategyFolder folder;
    private final Supplier<JavaStrategyLoader> javaLoader;
    private Loaded loaded;
    private String reportedFailure = "";

    /** The strategies of one state of the folder. */
    private record Loaded(String fingerprint, StrategyRegistry registry, Map<String, StrategySource> sources) {
    }

    /**
     * Creates the catalog; nothing is read before the first use.
     *
     * @param builtins    the built-in strategies
     * @param folder      the user's strategies folder
     * @param classLoader where the strategy API's classes come from (the application's)
     */
    public StrategyCatalog(List<StrategyDefinition> builtins, StrategyFolder folder, ClassLoader classLoader) {
        this.builtins = List.copyOf(builtins);
        this.folder = folder;
        this.javaLoader = new Memo<>(() -> new JavaStrategyLoader(new StrategyCompiler(classLoader), classLoader));
    }

    /**
     * The strategies as the folder is now.
     *
     * @return the registry
     * @throws StrategyFolderException when the folder is unsafe or a file does not compile (every error listed)
     */
    public synchronized StrategyRegistry registry() {
        return current().registry();
    }

    /**
     * The strategies as the folder is now, or as it last loaded when it does not load now (the failure is logged
     * once): for the service, which must keep trading what it has while the user is still editing.
     *
     * @return the registry
     */
    public synchronized StrategyRegistry registryOrLastGood() {
        try {
            return current().registry();
        } catch (StrategyFolderException failure) {
            if (!failure.getMessage().equals(reportedFailure)) {
                reportedFailure = failure.getMessage();
                LOG.warn("your strategies did not load; keeping the last ones that did: {}", failure.getMessage());
            }
            return loaded == null ? new StrategyRegistry(builtins) : loaded.registry();
        }
    }

    /**
     * Where a strategy came from, as the folder last loaded.
     *
     * @param name the strategy's name
     * @return its source file and hash; empty for a built-in
     */
    public synchronized Optional<StrategySource> source(String name) {
        registryOrLastGood();
        return Optional.ofNullable(loaded == null ? null : loaded.sources().get(name));
    }

    /**
     * The version of a strategy's code: its source label, or {@code built-in}.
     *
     * @param name the strategy's name
     * @return e.g. {@code MyIdea.java@3f2a9c01b7de}
     */
    public synchronized String version(String name) {
        return source(name).map(StrategySource::label).orElse("built-in");
    }

    private Loaded current() {
        List<StrategySource> sources = folder.read();
        String fingerprint = String.join(",", sources.stream().map(source -> source.fileName() + "=" + source.hash()).toList());
        if (loaded != null && loaded.fingerprint().equals(fingerprint)) {
            return loaded;
        }
        List<StrategySource> javaSources = sources.stream().filter(source -> source.fileName().endsWith(".java")).toList();
        List<StrategySource> rulesSources = sources.stream()
                .filter(source -> source.fileName().endsWith(RulesFile.ENDING)).toList();
        List<UserStrategy> user = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try {
            user.addAll(javaSources.isEmpty() ? List.of() : javaLoader.get().load(javaSources));
        } catch (StrategyCompileException javaErrors) {
            errors.addAll(javaErrors.errors());
        }
        try {
            user.addAll(RulesStrategyLoader.load(rulesSources));
        } catch (StrategyCompileException rulesErrors) {
            errors.addAll(rulesErrors.errors());
        }
        if (!errors.isEmpty()) {
            throw new StrategyCompileException(errors);
        }
        loaded = new Loaded(fingerprint, registryOf(user), sourcesOf(user));
        reportedFailure = "";
        if (!user.isEmpty()) {
            LOG.debug("loaded {} strategies from {}", user.size(), folder.path());
        }
        return loaded;
    }

    private StrategyRegistry registryOf(List<UserStrategy> user) {
        List<StrategyDefinition> all = new ArrayList<>(builtins);
        Map<String, String> taken = new LinkedHashMap<>();
        builtins.forEach(definition -> taken.put(definition.name(), "a built-in strategy"));
        for (UserStrategy strategy : user) {
            String owner = taken.putIfAbsent(strategy.definition().name(), strategy.source().fileName());
            if (owner != null) {
                throw new StrategyFolderException(strategy.source().fileName() + ": the name '"
                        + strategy.definition().name() + "' is taken by " + owner + "; choose another "
                        + (strategy.source().fileName().endsWith(RulesFile.ENDING) ? "(rename the file)"
                        : "in definition()"));
            }
            all.add(strategy.definition());
        }
        return new StrategyRegistry(all);
    }

    private static Map<String, StrategySource> sourcesOf(List<UserStrategy> user) {
        Map<String, StrategySource> sources = new LinkedHashMap<>();
        user.forEach(strategy -> sources.put(strategy.definition().name(), strategy.source()));
        return sources;
    }

    /** Makes a value once, on first use (the compiler is only looked up when there is Java to compile). */
    private static final class Memo<T> implements Supplier<T> {
        private final Supplier<T> make;
        private T value;

        Memo(Supplier<T> make) {
            this.make = make;
        }

        @Override
        public T get() {
            if (value == null) {
                value = make.get();
            }
            return value;
        }
    }
}
