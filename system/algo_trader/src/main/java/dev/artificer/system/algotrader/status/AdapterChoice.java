package dev.artificer.system.algotrader.status;

/**
 * Which adapter serves one port, and why.
 *
 * @param port    the port's name, e.g. {@code TokenStore}
 * @param adapter the adapter and its target, e.g. {@code redis 127.0.0.1:6379/0}
 * @param reason  the configuration that decided it
 */
public record AdapterChoice(String port, String adapter, String reason) {
}
