package dev.artificer.system.algotrader;

import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out, for one-shot commands, the auto-configurations only the service uses: the web server and MVC, actuator
 * endpoints and health, metrics binders and observation, HTTP message converters, Jackson, task executors and
 * schedulers, SSL bundles, availability and build info. Metrics recording itself stays (the in-memory registry), since
 * the ingestion and the Schwab client record into it. The launcher marks one-shot runs with {@value #ONE_SHOT}.
 */
public final class ServiceOnlyAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

    /** The property the launcher sets to {@code true} for a one-shot command. */
    static final String ONE_SHOT = "algo-trader.one-shot";

    private static final Pattern SERVICE_ONLY = Pattern.compile("\\.(actuate|health|micrometer|observation|webmvc|servlet"
            + "|tomcat|jackson|task|ssl|availability|info)\\.|\\.http\\.converter\\.|Gson|LifecycleAutoConfiguration");

    private static final Pattern METRICS_REGISTRY = Pattern.compile("\\.(MetricsAutoConfiguration"
            + "|CompositeMeterRegistryAutoConfiguration|simple\\.SimpleMetricsExportAutoConfiguration)$");

    private boolean oneShot;

    @Override
    public void setEnvironment(Environment environment) {
        oneShot = environment.getProperty(ONE_SHOT, Boolean.class, false);
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] kept = new boolean[autoConfigurationClasses.length];
        for (int index = 0; index < kept.length; index++) {
            String name = autoConfigurationClasses[index];
            kept[index] = name == null || !oneShot || !SERVICE_ONLY.matcher(name).find()
                    || METRICS_REGISTRY.matcher(name).find();
        }
        return kept;
    }
}
