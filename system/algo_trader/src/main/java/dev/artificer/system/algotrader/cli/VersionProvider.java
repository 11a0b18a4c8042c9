package dev.artificer.system.algotrader.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Supplies {@code --version} and {@code version} from the build information Maven wrote into the jar
 * ({@code META-INF/build-info.properties}), read directly so that no application has to start.
 */
public class VersionProvider implements IVersionProvider {

    private static final String BUILD_INFO = "/META-INF/build-info.properties";

    /**
     * The version lines.
     *
     * @return name and version, Java version
     */
    @Override
    public String[] getVersion() {
        return new String[] {"algo-trader " + buildVersion(), "Java " + Runtime.version()};
    }

    private static String buildVersion() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(BUILD_INFO)) {
            if (in == null) {
                return "development build";
            }
            Properties build = new Properties();
            build.load(in);
            return build.getProperty("build.version", "development build");
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + BUILD_INFO, unreadable);
        }
    }
}
