package dev.artificer.infrastructure.grafana.api;

import java.util.List;

/**
 * One hit of a dashboard search ({@code GET /api/search?type=dash-db}).
 *
 * @param uid         the dashboard's stable uid
 * @param title       its title
 * @param url         its path in the Grafana UI, e.g. {@code /d/abc/my-board}
 * @param tags        its tags
 * @param folderUid   the uid of its folder; empty for the General folder
 * @param folderTitle the title of its folder; empty for the General folder
 */
public record DashboardSummary(String uid, String title, String url, List<String> tags, String folderUid,
                               String folderTitle) {

    /** Copies the tags. */
    public DashboardSummary {
        tags = List.copyOf(tags);
    }
}
