package dev.artificer.infrastructure.grafana.compose;

/**
 * What a finished command left behind.
 *
 * @param exitCode its exit code
 * @param stdout   everything it wrote to standard output
 * @param stderr   everything it wrote to standard error
 */
record CommandResult(int exitCode, String stdout, String stderr) {
}
