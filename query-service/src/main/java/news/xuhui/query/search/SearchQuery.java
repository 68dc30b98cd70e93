package news.xuhui.query.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import news.xuhui.query.text.CjkText;
import news.xuhui.query.text.SearchTerms;
import news.xuhui.query.text.SearchVector;

/**
 * A user's search text: the index terms every match holds ({@link #termCodes()}, see {@link SearchTerms}), the check
 * that confirms a candidate on its text when those are not enough ({@link #matches}), and the {@code tsquery} text
 * relevance is ranked with. Terms are separated by spaces and must all match (AND); a term in
 * quotes ({@code "..."}, {@code “...”}, {@code 「...」}) may hold spaces and punctuation. Each term becomes the
 * lexemes {@link SearchVector} indexes: a Han word of two or three characters is one lexeme (徐汇 → {@code '徐汇'},
 * 张建国 → {@code '张建国'}), of one a prefix ({@code '徐':*}, the start of the piece wherever it stands), a longer one
 * a phrase of its three-character pieces (人工智能 → {@code '人工智' <-> '工智能'}). Characters that are
 * neither letters nor digits (SQL or tsquery syntax included) only separate runs: they can never reach the query
 * syntax, and every lexeme is quoted.
 */
public final class SearchQuery {

    /** More terms than this add nothing to a news search but cost query time. */
    public static final int MAX_TERMS = 8;

    private static final String OPEN = "\"“「『";
    private static final String CLOSE = "\"”」』";

    /** One AND-ed term: its runs, all adjacent. */
    public record Term(String text, List<CjkText.Run> runs) {
    }

    private final List<Term> terms;

    /** The index terms looked up, when only some of them are (see {@link #withIndexCodes}); null: all of them. */
    private final int[] indexCodes;

    private SearchQuery(List<Term> terms) {
        this(terms, null);
    }

    private SearchQuery(List<Term> terms, int[] indexCodes) {
        this.terms = terms;
        this.indexCodes = indexCodes;
    }

    public static SearchQuery parse(String q) {
        List<String> texts = new ArrayList<>();
        String s = CjkText.normalize(q == null ? "" : q);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int open = OPEN.indexOf(c);
            if (open >= 0) {
                texts.add(word.toString());
                word.setLength(0);
                int end = s.indexOf(CLOSE.charAt(open), i + 1);
                end = end < 0 ? s.length() : end;
                texts.add(s.substring(i + 1, end));
                i = end;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                texts.add(word.toString());
                word.setLength(0);
            } else {
                word.append(c);
            }
        }
        texts.add(word.toString());

        Set<String> seen = new LinkedHashSet<>();
        List<Term> terms = new ArrayList<>();
        for (String text : texts) {
            List<CjkText.Run> runs = CjkText.runs(text);
            String key = runs.toString();
            if (!runs.isEmpty() && seen.add(key) && terms.size() < MAX_TERMS) {
                terms.add(new Term(text.strip(), runs));
            }
        }
        return new SearchQuery(List.copyOf(terms));
    }

    /** True when the text held nothing searchable (blank, or only punctuation and symbols). */
    public boolean isEmpty() {
        return terms.isEmpty();
    }

    public List<Term> terms() {
        return terms;
    }

    /** The runs to mark in snippets, longest first so that a longer match wins over its parts. */
    public List<String> highlightRuns() {
        Set<String> runs = new LinkedHashSet<>();
        terms.forEach(t -> t.runs().forEach(r -> runs.add(r.text())));
        List<String> list = new ArrayList<>(runs);
        list.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return list;
    }

    /**
     * The {@code tsquery} text, for {@code cast(? as tsquery)}; empty when {@link #isEmpty()}. Ranks the small
     * {@code rank_vector} (see {@code store.ArticleVectors#rank}); matching is on {@link #termCodes()}.
     */
    public String toTsQuery() {
        return join(terms.stream().map(t -> String.join(" <-> ", parts(t.runs()))).toList());
    }

    /**
     * The index terms every match holds ({@link SearchTerms}): each term's unigram (one Han character), bigrams (two
     * or more), or hash (letters and digits), all of them AND-ed, as the {@code int4[]} text form for
     * {@code terms @> cast(? as int4[])}. The GIN index answers it exactly; it finds exactly the matches when no term
     * {@link #needsCheck() needs a check}, a superset otherwise.
     */
    public String termCodes() {
        return SearchTerms.literal(indexCodes != null ? indexCodes : allCodes());
    }

    private int[] allCodes() {
        Set<Integer> codes = new LinkedHashSet<>();
        terms.forEach(t -> codes.addAll(codes(t.runs())));
        return codes.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /**
     * The same query looking up only some of its index terms: {@link #termCodes()} then finds a superset of its
     * candidates, which the check ({@link #matches}) confirms as it confirms the others. Only for a query that
     * {@link #needsCheck() needs a check}: the few rarest pairs of a long phrase find nearly the rows all of its pairs
     * find, and the index intersects a handful of short lists instead of every common pair's long one (a phrase of
     * fifteen pairs: 39 rows in 1.5 ms against 38 in 43 ms, a million articles).
     *
     * @throws IllegalArgumentException when the query needs no check, or a code is not one of its index terms
     */
    public SearchQuery withIndexCodes(int[] codes) {
        if (!needsCheck()) {
            throw new IllegalArgumentException("a query without a check must look up all of its index terms");
        }
        int[] all = allCodes();
        int[] some = Arrays.stream(codes).distinct().sorted().toArray();
        if (some.length == 0 || Arrays.stream(some).anyMatch(code -> Arrays.binarySearch(all, code) < 0)) {
            throw new IllegalArgumentException("not a subset of the query's index terms: " + Arrays.toString(codes));
        }
        return new SearchQuery(terms, some);
    }

    /** Each term's index terms ({@link #termCodes()} is their union), as {@link SearchTerms} codes. */
    public List<List<Integer>> termCodeSets() {
        return terms.stream().map(t -> List.copyOf(codes(t.runs()))).toList();
    }

    /**
     * True when the index terms find more than the matches: some term is a word of three or more Han characters (its
     * bigrams may stand apart), several runs (a quoted phrase with punctuation or letters), or a hashed term. Its
     * candidates are then confirmed with {@link #matches} on their text.
     */
    public boolean needsCheck() {
        return terms.stream().anyMatch(t -> t.runs().size() > 1 || t.runs().get(0).han() && t.runs().get(0).length() > 2
                || codes(t.runs()).stream().anyMatch(c -> !SearchTerms.exact(c)));
    }

    /**
     * True when the texts (an article's fields: headline, byline, paragraphs ...) hold every term, as the index
     * finds it: a Han run anywhere inside a run of the text; in a term of several runs, the first at the end of a
     * text run, the middle ones whole, the last at the start of one, all consecutive; letters and digits whole.
     * Runs never span two texts (fields or paragraphs).
     */
    public boolean matches(List<String> texts) {
        List<List<CjkText.Run>> fields = new ArrayList<>(texts.size());
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                fields.add(CjkText.runs(CjkText.normalize(t)));
            }
        }
        for (Term t : terms) {
            if (!found(t.runs(), fields)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The terms as plain text when each is one run of Han characters (a word, a name: the usual query), else null.
     * Such a term is in a text exactly when the text holds it as it is (Han characters do not change under the
     * normalisation, and every character of the term being Han, it lies within one run), so a candidate whose raw text
     * holds each is a match without {@link #matches}' normalising and cutting; one whose raw text lacks one still goes
     * through {@link #matches} (its text may hold a compatibility form).
     */
    public List<String> plainHanTerms() {
        List<String> plain = new ArrayList<>(terms.size());
        for (Term t : terms) {
            if (t.runs().size() != 1 || !t.runs().get(0).han()) {
                return null;
            }
            plain.add(t.runs().get(0).text());
        }
        return plain;
    }

    private static boolean found(List<CjkText.Run> q, List<List<CjkText.Run>> fields) {
        for (List<CjkText.Run> f : fields) {
            for (int j = 0; j + q.size() <= f.size(); j++) {
                if (at(q, f, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean at(List<CjkText.Run> q, List<CjkText.Run> f, int j) {
        int k = q.size();
        for (int i = 0; i < k; i++) {
            CjkText.Run a = q.get(i);
            CjkText.Run b = f.get(j + i);
            if (a.han() != b.han()) {
                return false;
            }
            String x = a.text();
            String y = b.text();
            boolean ok;
            if (!a.han()) {
                ok = y.equals(x);
            } else if (k == 1) {
                ok = y.contains(x);
            } else if (i == 0) {
                ok = y.endsWith(x);
            } else if (i == k - 1) {
                ok = y.startsWith(x);
            } else {
                ok = y.equals(x);
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static List<Integer> codes(List<CjkText.Run> runs) {
        List<Integer> codes = new ArrayList<>();
        for (CjkText.Run run : runs) {
            if (!run.han()) {
                codes.add(SearchTerms.hashed(run.text()));
                continue;
            }
            int[] cps = run.text().codePoints().toArray();
            if (cps.length == 1) {
                codes.add(SearchTerms.unigram(cps[0]));
            }
            for (int i = 1; i < cps.length; i++) {
                codes.add(SearchTerms.bigram(cps[i - 1], cps[i]));
            }
        }
        return codes;
    }

    private static String join(List<String> items) {
        return items.size() == 1 ? items.get(0) : "(" + String.join(") & (", items) + ")";
    }

    static List<String> parts(List<CjkText.Run> runs) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            CjkText.Run run = runs.get(i);
            if (!run.han()) {
                parts.add(lexeme(run.text()));
                continue;
            }
            List<String> pieces = CjkText.pieces(run.text());
            if (i < runs.size() - 1) {
                // something follows in the term, so the run must end here in the text too: every piece is exact,
                // the short ones at the end included
                pieces.forEach(p -> parts.add(lexeme(p)));
            } else if (run.length() == 1) {
                // the text may go on after it: the piece there starts with this character
                parts.add(lexeme(run.text()) + ":*");
            } else if (run.length() == CjkText.PIECE - 1) {
                // indexed on its own wherever it stands: at a run's end as the last piece but one, elsewhere as the
                // start of a three-character piece
                parts.add(lexeme(run.text()));
            } else {
                // the full-length pieces cover the run; the text may go on after it
                pieces.subList(0, run.length() - CjkText.PIECE + 1).forEach(p -> parts.add(lexeme(p)));
            }
        }
        return parts;
    }

    private static String lexeme(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2);
        SearchVector.quote(text, sb);
        return sb.toString();
    }
}
