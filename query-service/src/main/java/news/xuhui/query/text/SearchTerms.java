package news.xuhui.query.text;

import java.util.Arrays;
import java.util.List;

/**
 * What the search index holds of an article: the set of its terms, each a 32-bit code, stored as an {@code int4[]}
 * (written as its text form {@code {1,2,3}}, cast in SQL with {@code cast(? as int4[])}) under a GIN index. No
 * positions, no weights: matching asks only "does the article hold all these terms", which the GIN index answers
 * exactly, so neither the index nor a search ever reads a row's terms to decide whether it matches (except a walk
 * newest first, which tests the few rows it passes). Four bytes a term: an article's terms take about a third of what
 * its text does.
 *
 * <p>The terms of a Han run: each character (a unigram) and each pair of neighbours (a bigram). A one-character query
 * is then one unigram, a two-character one (徐汇, a two-character name) one bigram, both exact; a longer word is all
 * its bigrams, a superset that the query confirms on the text of the candidates it keeps (see
 * {@code search.SearchQuery#matches}). A BMP character or pair is its own code, so these never collide: a unigram is
 * the code point (below 0x10000), a bigram {@code first << 16 | second} (at or above 0x2E802E80 unsigned: Han begins
 * at U+2E80). A run of other letters or digits (a word, a number), and any term with a character beyond the BMP, is
 * hashed into the codes between (0x10000 up to 0x2E800000), where a collision only widens the candidates: a query with
 * such a term is always confirmed on the text.
 */
public final class SearchTerms {

    /** Bumped whenever the terms change; rows indexed by an older version are re-indexed at start-up. */
    public static final int VERSION = 4;

    static final int HASHED_FROM = 0x10000;
    static final int HASHED_TO = 0x2E800000;

    private int[] codes = new int[256];
    private int size;

    /** Adds a text's terms. */
    public SearchTerms add(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        // the runs walked in place: no run objects, no copies of Han text (the write path's hot loop)
        CjkText.forEachRun(CjkText.normalize(text), (s, start, end, han) -> {
            if (!han) {
                put(hashed(s.substring(start, end)));
                return;
            }
            int prev = -1;
            for (int i = start; i < end;) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                put(unigram(cp));
                if (prev >= 0) {
                    put(bigram(prev, cp));
                }
                prev = cp;
            }
        });
        return this;
    }

    public SearchTerms addAll(List<String> texts) {
        if (texts != null) {
            texts.forEach(this::add);
        }
        return this;
    }

    /** The code of one Han character. */
    public static int unigram(int cp) {
        return cp < 0x10000 ? cp : hashed(new String(Character.toChars(cp)));
    }

    /** The code of two neighbouring Han characters. */
    public static int bigram(int first, int second) {
        if (first < 0x10000 && second < 0x10000) {
            return first << 16 | second;
        }
        return hashed(new String(Character.toChars(first)) + new String(Character.toChars(second)));
    }

    /** True when the code is exact (a BMP unigram or bigram), false when it is a hash that may collide. */
    public static boolean exact(int code) {
        return code < HASHED_FROM || code >= HASHED_TO || code < 0;
    }

    /** The code of a run of letters or digits (normalised), or of Han beyond the BMP: hashed. */
    public static int hashed(String text) {
        int h = 0x811C9DC5; // FNV-1a over the UTF-16 units
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x01000193;
        }
        return HASHED_FROM + Math.floorMod(h, HASHED_TO - HASHED_FROM);
    }

    private void put(int code) {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size * 2);
        }
        codes[size++] = code;
    }

    /**
     * The distinct codes, ascending. Kept distinct in a hash set first, then sorted by radix: an article puts each
     * code about two and a half times (every character and pair as often as it occurs), and sorting them all with
     * {@code Arrays.sort} was three quarters of building its terms (~170 of 220 µs for a page of 2,500 characters).
     */
    public int[] codes() {
        int[] distinct = distinct(codes, size);
        radixSort(distinct);
        return distinct;
    }

    /** The distinct values among the first {@code n}, in no order: open addressing, a table at most half full. */
    static int[] distinct(int[] values, int n) {
        int capacity = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
        int[] table = new int[capacity];
        boolean[] used = new boolean[capacity];
        int[] out = new int[n];
        int count = 0;
        int mask = capacity - 1;
        for (int i = 0; i < n; i++) {
            int v = values[i];
            int slot = (v * 0x9E3779B9) >>> 7 & mask;
            while (used[slot] && table[slot] != v) {
                slot = slot + 1 & mask;
            }
            if (!used[slot]) {
                used[slot] = true;
                table[slot] = v;
                out[count++] = v;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** Sorts ascending as signed ints: four passes of a byte each, the sign bit flipped in the last. */
    static void radixSort(int[] a) {
        int[] from = a;
        int[] to = new int[a.length];
        for (int shift = 0; shift < 32; shift += 8) {
            int flip = shift == 24 ? 0x80 : 0;
            int[] count = new int[257];
            for (int v : from) {
                count[((v >>> shift) & 0xFF ^ flip) + 1]++;
            }
            for (int b = 0; b < 256; b++) {
                count[b + 1] += count[b];
            }
            for (int v : from) {
                to[count[(v >>> shift) & 0xFF ^ flip]++] = v;
            }
            int[] t = from;
            from = to;
            to = t;
        }
        // four passes: the sorted values are back in the array given
    }

    /** The {@code int4[]} text form of {@link #codes}, for {@code cast(? as int4[])}. */
    public String toLiteral() {
        return literal(codes());
    }

    public static String literal(int[] codes) {
        StringBuilder sb = new StringBuilder(codes.length * 11 + 2).append('{');
        for (int i = 0; i < codes.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(codes[i]);
        }
        return sb.append('}').toString();
    }
}
