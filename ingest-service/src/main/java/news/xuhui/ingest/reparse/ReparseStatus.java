package news.xuhui.ingest.reparse;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a re-parse job stands, as {@code GET /api/reparse} shows it and as its state file keeps it.
 *
 * @param state          {@code running}, {@code finished}, or {@code failed} (the job itself could not go on: see
 *                       {@code error})
 * @param from           first processing date covered (the {@code processed/<yyyy-MM-dd>/} folders), or null: no
 *                       lower bound
 * @param to             last processing date covered, or null: no upper bound
 * @param force          whether pages already at {@code parserVersion} are parsed again too
 * @param parserVersion  the version the job brings pages to
 * @param pagesTotal     page files in the range
 * @param pagesDone      pages parsed again and published by this job
 * @param pagesFailed    pages that could not be parsed again (their earlier articles stay): see {@code failures}
 * @param pagesSkipped   pages already at the version (unless forced), further copies of the same content, and files
 *                       the page ledger does not know (withdrawn pages)
 * @param articlesPublished articles published by this job
 * @param articlesWithdrawn tombstones published: earlier articles the new parses no longer have
 * @param startedAt      ISO-8601
 * @param resumedAt      when a restart last resumed the job, or null
 * @param finishedAt     ISO-8601, null while running
 * @param failures       the first {@value ReparseJob#MAX_FAILURES_LISTED} failed pages
 * @param error          why a failed job stopped
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReparseStatus(String state, String from, String to, boolean force, String parserVersion, int pagesTotal,
        int pagesDone, int pagesFailed, int pagesSkipped, int articlesPublished, int articlesWithdrawn,
        String startedAt, String resumedAt, String finishedAt, List<Failure> failures, String error) {

    public static final String RUNNING = "running";
    public static final String FINISHED = "finished";
    public static final String FAILED = "failed";

    /** A page that could not be parsed again. */
    public record Failure(String file, String sha256, String reason, String message) {
    }

    public boolean running() {
        return RUNNING.equals(state);
    }
}
