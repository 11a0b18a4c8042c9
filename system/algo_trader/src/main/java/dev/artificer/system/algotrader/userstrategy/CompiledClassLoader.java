package dev.artificer.system.algotrader.userstrategy;

import java.util.Map;

/** Defines the classes compiled from the strategies folder; everything else comes from the application. */
final class CompiledClassLoader extends ClassLoader {

    private final Map<String, byte[]> classes;

    CompiledClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
        super("user-strategies", parent);
        this.classes = Map.copyOf(classes);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
