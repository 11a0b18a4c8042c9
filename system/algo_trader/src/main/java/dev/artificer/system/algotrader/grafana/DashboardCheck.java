package dev.artificer.system.algotrader.grafana;

import java.util.List;

/**
 * Which of algo_trader's dashboards a running Grafana serves.
 *
 * @param present the dashboards Grafana returned by uid
 * @param missing the dashboards Grafana does not know (HTTP 404)
 */
public record DashboardCheck(List<DashboardFile> present, List<DashboardFile> missing) {

    /** Copies the lists. */
    public DashboardCheck {
        present = List.copyOf(present);
        missing = List.copyOf(missing);
    }

    /**
     * Whether every dashboard is there.
     *
     * @return true when none is missing
     */
    public boolean complete() {
        return missing.isEmpty();
    }
}
