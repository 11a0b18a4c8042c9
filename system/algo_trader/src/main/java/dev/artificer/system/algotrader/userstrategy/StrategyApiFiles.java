package dev.artificer.system.algotrader.userstrategy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The class files a strategy is compiled against: the strategy API, the market records and the indicator core, read
 * from this application's own class path (plain folders, jars, or the jars nested in the executable jar). Nothing
 * else of the application is visible to a strategy's source.
 */
final class StrategyApiFiles {

    /** The packages a strategy may use, besides the JDK's own. */
    static final List<String> PACKAGES = List.of("dev.artificer.component.strategy", "dev.artificer.component.market",
            "dev.artificer.component.indicators");

    private final PathMatchingResourcePatternResolver resolver;
    private final Map<String, List<JavaFileObject>> byPackage = new ConcurrentHashMap<>();

    StrategyApiFiles(ClassLoader classLoader) {
        this.resolver = new PathMatchingResourcePatternResolver(classLoader);
    }

    static boolean isApiPackage(String packageName) {
        return PACKAGES.stream().anyMatch(api -> packageName.equals(api) || packageName.startsWith(api + "."));
    }

    /**
     * The class files of one package, or of it and its subpackages.
     *
     * @param packageName e.g. {@code dev.artificer.component.strategy}
     * @param recurse     whether to include subpackages
     * @return the class files; empty for a package outside the API
     */
    List<JavaFileObject> list(String packageName, boolean recurse) {
        List<JavaFileObject> files = new ArrayList<>();
        for (String api : PACKAGES) {
            boolean inside = packageName.equals(api) || packageName.startsWith(api + ".");
            boolean above = recurse && api.startsWith(packageName + ".");
            if (inside || above) {
                String root = inside ? packageName : api;
                files.addAll(byPackage.computeIfAbsent(root + (recurse || above ? "/**" : ""), this::find));
            }
        }
        return files;
    }

    private List<JavaFileObject> find(String pattern) {
        String path = pattern.replace('.', '/');
        try {
            List<JavaFileObject> files = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Resource resource : resolver.getResources("classpath*:" + path + "/*.class")) {
                String binaryName = binaryName(resource);
                if (binaryName != null && seen.add(binaryName)) {
                    files.add(new ApiClass(binaryName, resource));
                }
            }
            return files;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the strategy API's classes", unreadable);
        }
    }

    private static String binaryName(Resource resource) throws IOException {
        String url = resource.getURL().toString();
        for (String api : PACKAGES) {
            int start = url.lastIndexOf(api.replace('.', '/') + "/");
            if (start >= 0) {
                return url.substring(start, url.length() - ".class".length()).replace('/', '.');
            }
        }
        return null;
    }

    /** One API class file, read from the application's class path when the compiler asks for it. */
    static final class ApiClass extends SimpleJavaFileObject {

        private final String binaryName;
        private final Resource resource;

        ApiClass(String binaryName, Resource resource) {
            super(URI.create("api:///" + binaryName.replace('.', '/') + ".class"), Kind.CLASS);
            this.binaryName = binaryName;
            this.resource = resource;
        }

        String binaryName() {
            return binaryName;
        }

        @Override
        public InputStream openInputStream() throws IOException {
            return resource.getInputStream();
        }
    }
}
