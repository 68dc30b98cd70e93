package news.xuhui.ingest.publish;

import news.xuhui.parser.SourceFile;

/**
 * {@code sourceFile} of the events (schema {@code $defs/sourceFile}). The events' own record, not the parser's: a
 * change to the parser's types then cannot change the wire format without this mapping (and its tests) changing too.
 */
public record EventSourceFile(String name, String sha256, long sizeBytes, String encoding) {

    static EventSourceFile of(SourceFile f) {
        return f == null ? null : new EventSourceFile(f.name(), f.sha256(), f.sizeBytes(), f.encoding());
    }
}
