package dev.artificer.system.algotrader.grafana;

import java.util.stream.Collectors;

/** Grafana answers, but not every dashboard of {@code system/algo_trader/grafana} was provisioned. */
public final class DashboardsMissingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient DashboardCheck check;

    /**
     * Creates the exception.
     *
     * @param check the check that found dashboards missing
     */
    public DashboardsMissingException(DashboardCheck check) {
        super("Grafana is up but " + check.missing().size() + " of " + (check.present().size() + check.missing().size())
                + " dashboards are missing: " + check.missing().stream().map(DashboardFile::describe)
                .collect(Collectors.joining(", "))
                + "; check the provisioning in system/algo_trader/grafana and `grafana logs`");
        this.check = check;
    }

    /**
     * The check's result.
     *
     * @return which dashboards are present and which are missing
     */
    public DashboardCheck check() {
        return check;
    }
}
