package dev.artificer.infrastructure.grafana.api;

/**
 * One panel of a dashboard, rows' nested panels included.
 *
 * @param id    the panel id within the dashboard; 0 when the JSON has none
 * @param type  the panel plugin, e.g. {@code timeseries}, {@code candlestick} or {@code row}
 * @param title its title; empty when untitled
 */
public record Panel(int id, String type, String title) {
}
