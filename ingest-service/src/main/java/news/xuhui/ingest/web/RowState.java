package news.xuhui.ingest.web;

import java.util.Locale;

/** The states an upload row shows ({@code tr.upload[data-state]}), from sending the file to its outcome. */
enum RowState {
    UPLOADING, WAITING, PROCESSING, PROCESSED, DUPLICATE, FAILED;

    /** As written into {@code data-state}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
