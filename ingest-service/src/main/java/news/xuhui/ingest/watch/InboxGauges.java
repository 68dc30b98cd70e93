package news.xuhui.ingest.watch;

/**
 * The inbox at a glance, as {@code GET /api/inbox} and the feeding app show it.
 *
 * @param waiting     page files in the inbox waiting to be taken, as of the watcher's last scan
 * @param inFlight    files this instance has taken and not yet brought to an outcome
 * @param failedToday failure reports written to failed/ since midnight (the server's time zone, as the dated
 *                    processed/ folders), by any instance sharing the folder
 */
public record InboxGauges(int waiting, int inFlight, int failedToday) {
}
