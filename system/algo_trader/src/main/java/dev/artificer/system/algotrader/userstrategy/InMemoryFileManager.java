package dev.artificer.system.algotrader.userstrategy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * The compiler's view of the world while it compiles strategies: the JDK as usual, the strategy API's classes as the
 * whole class path, and class output kept in memory.
 */
final class InMemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {

    private final StrategyApiFiles api;
    private final Map<String, ByteArrayOutputStream> output = new LinkedHashMap<>();

    InMemoryFileManager(StandardJavaFileManager standard, StrategyApiFiles api) {
        super(standard);
        this.api = api;
    }

    /** The compiled classes by binary name. */
    Map<String, byte[]> classes() {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        output.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
        return classes;
    }

    @Override
    public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
                                         boolean recurse) throws java.io.IOException {
        if (location == StandardLocation.CLASS_PATH) {
            return kinds.contains(JavaFileObject.Kind.CLASS) ? api.list(packageName, recurse) : List.of();
        }
        return super.list(location, packageName, kinds, recurse);
    }

    @Override
    public String inferBinaryName(Location location, JavaFileObject file) {
        if (file instanceof StrategyApiFiles.ApiClass apiClass) {
            return apiClass.binaryName();
        }
        return super.inferBinaryName(location, file);
    }

    @Override
    public boolean hasLocation(Location location) {
        return location == StandardLocation.CLASS_PATH || super.hasLocation(location);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                               FileObject sibling) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        output.put(className, bytes);
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
            @Override
            public OutputStream openOutputStream() {
                return bytes;
            }
        };
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
        return a.toUri().equals(b.toUri());
    }

    static List<JavaFileObject> sources(List<StrategySource> sources) {
        List<JavaFileObject> files = new ArrayList<>();
        for (StrategySource source : sources) {
            files.add(new SimpleJavaFileObject(source.file().toUri(), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source.text();
                }

                @Override
                public String getName() {
                    return source.fileName();
                }
            });
        }
        return files;
    }
}
