package news.xuhui.query.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the small {@code tsvector} an article's relevance is ranked on ({@code article.rank_vector}: headline, byline,
 * headings, lead; matching is on {@link SearchTerms}) as PostgreSQL's text form ({@code 'lexeme':1A,7 ...}), cast in SQL with
 * {@code cast(? as tsvector)}: positions and weights are set here, no text-search parser or dictionary touches the
 * lexemes, so a query built by {@code search.SearchQuery} matches exactly what was indexed.
 *
 * <p>Each Han run of n characters gives its n {@link CjkText#pieces} (three characters, shorter at the run's end) at
 * consecutive positions, and at the position of each three-character piece also its first two characters: a query of
 * two or three characters (a word, a name) is then one exact lexeme, and one character a prefix, which the GIN index
 * answers exactly, without reading the (large, out-of-line) vector of each candidate row to check positions. Exact
 * lexemes matter for speed too: a prefix makes the index merge the entries of every piece it starts (徐汇区, 徐汇报,
 * 徐汇的, ...) into one bitmap. A letter/digit run is one lexeme.
 */
public final class SearchVector {

    /**
     * The version of what is indexed for search, this vector's lexemes and {@link SearchTerms} alike: rows indexed by
     * an older version are re-indexed at start-up.
     */
    public static final int VERSION = SearchTerms.VERSION;

    /** PostgreSQL keeps positions below 16384 and at most 256 positions per lexeme. */
    static final int MAX_POSITION = 16383;
    static final int MAX_POSITIONS_PER_LEXEME = 255;

    /** Weight of a field: A counts most in {@code ts_rank_cd}, D (the default, unmarked) least. */
    public enum Weight {
        A, B, C, D
    }

    private final Map<String, List<String>> positions = new LinkedHashMap<>();
    private int next = 1;

    /** Adds a field's text at the following positions. */
    public SearchVector add(String text, Weight weight) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String mark = weight == Weight.D ? "" : weight.name();
        for (CjkText.Run run : CjkText.runs(CjkText.normalize(text))) {
            if (!run.han()) {
                put(run.text(), next, mark);
                next++;
                continue;
            }
            for (String piece : CjkText.pieces(run.text())) {
                put(piece, next, mark);
                if (piece.codePointCount(0, piece.length()) == CjkText.PIECE) {
                    put(piece.substring(0, piece.offsetByCodePoints(0, CjkText.PIECE - 1)), next, mark);
                }
                next++;
            }
        }
        return this;
    }

    public SearchVector addAll(List<String> texts, Weight weight) {
        if (texts != null) {
            texts.forEach(t -> add(t, weight));
        }
        return this;
    }

    private void put(String lexeme, int position, String weight) {
        List<String> list = positions.computeIfAbsent(lexeme, k -> new ArrayList<>(2));
        if (list.size() < MAX_POSITIONS_PER_LEXEME) {
            list.add(Math.min(position, MAX_POSITION) + weight);
        }
    }

    /** The {@code tsvector} text form; the empty string for an empty vector. */
    public String toLiteral() {
        StringBuilder sb = new StringBuilder(positions.size() * 12);
        for (var e : positions.entrySet()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            quote(e.getKey(), sb);
            sb.append(':').append(String.join(",", e.getValue()));
        }
        return sb.toString();
    }

    /** A lexeme in single quotes; quotes and backslashes inside are escaped (lexemes here never hold any). */
    public static void quote(String lexeme, StringBuilder sb) {
        sb.append('\'');
        for (int i = 0; i < lexeme.length(); i++) {
            char c = lexeme.charAt(i);
            if (c == '\'' || c == '\\') {
                sb.append(c == '\'' ? '\'' : '\\');
            }
            sb.append(c);
        }
        sb.append('\'');
    }
}
