package news.xuhui.ingest.web;

import java.util.LinkedHashMap;
import java.util.Map;

import news.xuhui.ingest.page.FailureReason;

/**
 * The words the page's script needs, by code, rendered into the page as JSON ({@code script#messages}) so that they
 * live only in the message bundle. The switches have no default: a new state or failure reason without a sentence
 * does not compile.
 */
record ClientMessages(Map<String, String> states, Map<String, String> reasons, Map<String, String> text) {

    static ClientMessages of(FeedMessages msg) {
        Map<String, String> states = new LinkedHashMap<>();
        for (RowState state : RowState.values()) {
            states.put(state.code(), state(msg, state));
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        for (FailureReason reason : FailureReason.values()) {
            reasons.put(reason.code(), reason(msg, reason));
        }
        Map<String, String> text = new LinkedHashMap<>();
        text.put("unknownReason", msg.reasonUnknown());
        text.put("duplicateOf", msg.duplicateOf());
        text.put("article", msg.article());
        text.put("paragraphs", msg.paragraphs());
        text.put("untitled", msg.untitled());
        text.put("previewBusy", msg.previewBusy());
        text.put("previewTooLarge", msg.previewTooLarge());
        text.put("previewFailed", msg.previewFailed());
        text.put("previewNoArticles", msg.previewNoArticles());
        text.put("uploadRefused", msg.uploadRefused());
        return new ClientMessages(states, reasons, text);
    }

    private static String state(FeedMessages msg, RowState state) {
        return switch (state) {
            case UPLOADING -> msg.stateUploading();
            case WAITING -> msg.stateWaiting();
            case PROCESSING -> msg.stateProcessing();
            case PROCESSED -> msg.stateProcessed();
            case DUPLICATE -> msg.stateDuplicate();
            case FAILED -> msg.stateFailed();
        };
    }

    static String reason(FeedMessages msg, FailureReason reason) {
        return switch (reason) {
            case SYMBOLIC_LINK -> msg.reasonSymbolicLink();
            case TOO_LARGE -> msg.reasonTooLarge();
            case EMPTY -> msg.reasonEmpty();
            case UNREADABLE -> msg.reasonUnreadable();
            case LINE_TOO_LONG -> msg.reasonLineTooLong();
            case UNDECODABLE -> msg.reasonUndecodable();
            case BINARY -> msg.reasonBinary();
            case PARSER_ERROR -> msg.reasonParserError();
            case NO_ARTICLES -> msg.reasonNoArticles();
            case RECORD_TOO_LARGE -> msg.reasonRecordTooLarge();
        };
    }
}
