package dev.artificer.system.algotrader.userstrategy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles strategy sources with the JDK's own compiler, in memory, against the strategy API only (the strategy,
 * market and indicator packages, and the JDK).
 */
public final class StrategyCompiler {

    private final JavaCompiler compiler;
    private final StrategyApiFiles api;

    /**
     * Creates the compiler.
     *
     * @param classLoader where the strategy API's classes are found (the application's)
     * @throws IllegalStateException when this Java runtime has no compiler (a JRE, not a JDK)
     */
    public StrategyCompiler(ClassLoader classLoader) {
        this.compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("this Java runtime has no compiler: run algo-trader with a JDK 25 to use "
                    + "your own strategies");
        }
        this.api = new StrategyApiFiles(classLoader);
    }

    /**
     * Compiles the sources together.
     *
     * @param sources the {@code .java} files
     * @return the class files by binary name
     * @throws StrategyCompileException with every error, {@code file:line: message}
     */
    public Map<String, byte[]> compile(List<StrategySource> sources) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (InMemoryFileManager files = new InMemoryFileManager(
                compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8), api)) {
            boolean compiled = compiler.getTask(null, files, diagnostics,
                    List.of("-proc:none", "-Xlint:none", "-g"), null,
                    InMemoryFileManager.sources(sources)).call();
            if (!compiled) {
                throw new StrategyCompileException(errors(diagnostics));
            }
            return files.classes();
        } catch (IOException closing) {
            throw new UncheckedIOException(closing);
        }
    }

    private static List<String> errors(DiagnosticCollector<JavaFileObject> diagnostics) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                String file = diagnostic.getSource() == null ? "strategies" : diagnostic.getSource().getName();
                errors.add(file + ":" + diagnostic.getLineNumber() + ": "
                        + String.join("; ", diagnostic.getMessage(Locale.ROOT).lines().map(String::strip).toList()));
            }
        }
        return errors.isEmpty() ? List.of("strategies: the compiler failed without saying why") : errors;
    }
}
