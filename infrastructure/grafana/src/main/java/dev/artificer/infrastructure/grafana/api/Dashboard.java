package dev.artificer.infrastructure.grafana.api;

import java.util.List;

/**
 * A dashboard as {@code GET /api/dashboards/uid/{uid}} returns it: the model's main fields, the meta data, and
 * the model itself as JSON text for anything else.
 *
 * @param uid         the stable uid
 * @param title       the title
 * @param version     the saved version
 * @param tags        the tags
 * @param panels      every panel, the panels of collapsed rows included, in document order
 * @param url         its path in the Grafana UI (meta)
 * @param folderUid   the uid of its folder; empty for the General folder (meta)
 * @param folderTitle the title of its folder (meta)
 * @param provisioned whether it was provisioned from a file (meta)
 * @param json        the dashboard model, compact JSON text
 */
public record Dashboard(String uid, String title, long version, List<String> tags, List<Panel> panels, String url,
                        String folderUid, String folderTitle, boolean provisioned, String json) {

    /** Copies the lists. */
    public Dashboard {
        tags = List.copyOf(tags);
        panels = List.copyOf(panels);
    }
}
