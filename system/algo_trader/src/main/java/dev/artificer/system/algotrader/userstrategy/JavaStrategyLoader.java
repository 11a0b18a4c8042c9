package dev.artificer.system.algotrader.userstrategy;

import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyDefinition;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the {@code .java} files of the strategies folder into strategies: compiles them together, then takes from
 * each file its class of the file's name, which implements {@link Strategy} and declares
 * {@code public static StrategyDefinition definition()}.
 */
final class JavaStrategyLoader {

    private final StrategyCompiler compiler;
    private final ClassLoader parent;

    JavaStrategyLoader(StrategyCompiler compiler, ClassLoader parent) {
        this.compiler = compiler;
        this.parent = parent;
    }

    List<UserStrategy> load(List<StrategySource> sources) {
        if (sources.isEmpty()) {
            return List.of();
        }
        Map<String, byte[]> classes = compiler.compile(sources);
        CompiledClassLoader loader = new CompiledClassLoader(classes, parent);
        List<UserStrategy> strategies = new ArrayList<>();
        for (StrategySource source : sources) {
            String className = className(source, classes.keySet());
            strategies.add(new UserStrategy(definition(source, load(loader, className), classes.keySet()), source));
        }
        return strategies;
    }

    /** The binary name of a source's class of the file's name, among the classes compiled. */
    static String className(StrategySource source, Set<String> compiled) {
        String simpleName = source.fileName().substring(0, source.fileName().length() - ".java".length());
        return compiled.stream().filter(name -> name.equals(simpleName) || name.endsWith("." + simpleName))
                .findFirst().orElseThrow(() -> notAStrategy(source, "it declares no class " + simpleName));
    }

    private static Class<?> load(ClassLoader loader, String className) {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError failed) {
            throw new StrategyFolderException("cannot load " + className + ": " + failed);
        }
    }

    private static StrategyDefinition definition(StrategySource source, Class<?> type, Set<String> ownClasses) {
        if (!Strategy.class.isAssignableFrom(type)) {
            throw notAStrategy(source, type.getSimpleName() + " does not implement Strategy");
        }
        StrategyDefinition declared;
        try {
            Method method = type.getMethod("definition");
            if (!Modifier.isStatic(method.getModifiers()) || method.getReturnType() != StrategyDefinition.class) {
                throw notAStrategy(source, "definition() must be public static and return StrategyDefinition");
            }
            declared = (StrategyDefinition) method.invoke(null);
        } catch (NoSuchMethodException missing) {
            throw notAStrategy(source, type.getSimpleName() + " declares no public static StrategyDefinition definition()");
        } catch (IllegalAccessException hidden) {
            throw notAStrategy(source, type.getSimpleName() + " and its definition() must be public");
        } catch (InvocationTargetException threw) {
            Throwable cause = threw.getCause();
            throw new StrategyFolderException(source.fileName() + ": definition() threw " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        }
        if (declared == null) {
            throw notAStrategy(source, "definition() returned null");
        }
        return new StrategyDefinition(declared.name(), declared.description(), declared.parameters(), declared.rules(),
                values -> new GuardedStrategy(declared.factory().apply(values), ownClasses));
    }

    private static StrategyFolderException notAStrategy(StrategySource source, String why) {
        return new StrategyFolderException(source.fileName() + ": not a strategy: " + why + " (see `strategy new`)");
    }
}
