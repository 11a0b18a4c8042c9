package dev.artificer.system.algotrader.userstrategy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * A user strategy's {@code .java} file compiled into a jar, to ship to where it runs without this application (a
 * Spark job's executors): the jar and the binary name of the strategy's class in it.
 *
 * @param jar       the jar file
 * @param className the class declaring {@code definition()}
 */
public record StrategyJar(Path jar, String className) {

    /**
     * Compiles a source and writes its classes to a jar.
     *
     * @param source      the {@code .java} file
     * @param classLoader where the strategy API's classes are found (the application's)
     * @param jar         the jar to write
     * @return the jar and the strategy's class
     * @throws StrategyCompileException when the source does not compile
     */
    public static StrategyJar compile(StrategySource source, ClassLoader classLoader, Path jar) {
        Map<String, byte[]> classes = new StrategyCompiler(classLoader).compile(List.of(source));
        String className = JavaStrategyLoader.className(source, classes.keySet());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, byte[]> compiled : classes.entrySet()) {
                out.putNextEntry(new JarEntry(compiled.getKey().replace('.', '/') + ".class"));
                out.write(compiled.getValue());
                out.closeEntry();
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot write " + jar + ": " + failed.getMessage(), failed);
        }
        return new StrategyJar(jar, className);
    }
}
