package dev.artificer.system.algotrader.cli;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;
import picocli.CommandLine.IVersionProvider;

/** Supplies {@code --version} and {@code version} from the build information Maven wrote into the jar. */
@Component
public class VersionProvider implements IVersionProvider {

    private final ObjectProvider<BuildProperties> build;

    /**
     * Creates the provider.
     *
     * @param build the build information, absent when running from an IDE without a Maven build
     */
    public VersionProvider(ObjectProvider<BuildProperties> build) {
        this.build = build;
    }

    /**
     * The version lines.
     *
     * @return name and version, Java version
     */
    @Override
    public String[] getVersion() {
        String version = build.stream().findFirst().map(BuildProperties::getVersion).orElse("development build");
        return new String[] {"algo-trader " + version, "Java " + Runtime.version()};
    }
}
