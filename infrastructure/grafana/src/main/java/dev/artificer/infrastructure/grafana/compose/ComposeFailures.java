package dev.artificer.infrastructure.grafana.compose;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a failed command's exit code and standard error into the exception of its category. The phrases are
 * the docker client's own: an old client says {@code docker: 'compose' is not a docker command.}, Docker 28
 * without the plugin says {@code unknown command: docker compose}, or, because it then reads {@code -f} as one
 * of its own flags, {@code unknown shorthand flag: 'f' in -f}.
 */
final class ComposeFailures {

    private static final Pattern PLUGIN_MISSING = Pattern.compile(
            "'compose' is not a docker command|unknown command: docker compose|unknown shorthand flag: 'f' in -f");
    private static final Pattern DAEMON_DOWN = Pattern.compile(
            "Cannot connect to the Docker daemon|Is the docker daemon running|error during connect"
                    + "|permission denied while trying to connect to the Docker daemon");
    private static final Pattern PORT_TAKEN = Pattern.compile("port is already allocated|address already in use");
    private static final Pattern TAKEN_ADDRESS = Pattern.compile(
            "(?:Bind for|listen tcp[46]?|host port for) (\\S+:\\d{1,5})\\b");

    private ComposeFailures() {
    }

    static DockerComposeException classify(String what, CommandResult result, int tailLines) {
        String stderr = result.stderr();
        Optional<String> pluginLine = lineMatching(stderr, PLUGIN_MISSING);
        if (pluginLine.isPresent()) {
            return new ComposePluginMissingException(what + " failed: the docker client has no Compose plugin ("
                    + pluginLine.get() + "); install Docker Compose v2 (docker-compose-plugin)");
        }
        Optional<String> daemonLine = lineMatching(stderr, DAEMON_DOWN);
        if (daemonLine.isPresent()) {
            return new DockerDaemonUnavailableException(what + " failed: the Docker daemon is not running or not "
                    + "reachable (" + daemonLine.get() + ")");
        }
        if (PORT_TAKEN.matcher(stderr).find()) {
            return portInUse(what, stderr);
        }
        List<String> tail = tail(stderr, tailLines);
        String quoted = tail.isEmpty() ? "nothing on stderr" : String.join(" | ", tail);
        return new ComposeCommandException(what + " failed with exit code " + result.exitCode() + ": " + quoted,
                result.exitCode(), tail);
    }

    private static PortInUseException portInUse(String what, String stderr) {
        Matcher address = TAKEN_ADDRESS.matcher(stderr);
        if (address.find()) {
            return new PortInUseException(what + " failed: port " + address.group(1) + " is already in use on this "
                    + "host; stop what listens there or publish the service on another port", address.group(1));
        }
        return new PortInUseException(what + " failed: a published port is already in use on this host; stop what "
                + "listens there or publish the service on another port", null);
    }

    private static Optional<String> lineMatching(String text, Pattern pattern) {
        return text.lines().map(String::strip).filter(line -> pattern.matcher(line).find()).findFirst();
    }

    private static List<String> tail(String text, int lines) {
        List<String> nonBlank = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return nonBlank.subList(Math.max(0, nonBlank.size() - lines), nonBlank.size());
    }
}
