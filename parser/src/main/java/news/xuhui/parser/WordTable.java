package news.xuhui.parser;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A fixed set of words looked up at a position of a text, longest first: the trie that replaces a regex alternation of
 * literal words ({@code ^(?:w1|w2|…)}). Built once; lookups allocate nothing and cost one array read where no word
 * can start. Immutable, so safe to share between threads.
 */
final class WordTable {

    private static final class Node {
        char[] keys = new char[0];
        Node[] next = new Node[0];
        boolean word;

        Node child(char c) {
            int k = Arrays.binarySearch(keys, c);
            return k >= 0 ? next[k] : null;
        }

        Node add(char c) {
            int k = Arrays.binarySearch(keys, c);
            if (k >= 0) {
                return next[k];
            }
            int at = -k - 1;
            char[] ks = new char[keys.length + 1];
            Node[] ns = new Node[next.length + 1];
            System.arraycopy(keys, 0, ks, 0, at);
            System.arraycopy(next, 0, ns, 0, at);
            ks[at] = c;
            ns[at] = new Node();
            System.arraycopy(keys, at, ks, at + 1, keys.length - at);
            System.arraycopy(next, at, ns, at + 1, next.length - at);
            keys = ks;
            next = ns;
            return ns[at];
        }
    }

    /** The root's children by first character: the common case, no word here, is one array read. */
    private final Node[] first = new Node[65536];
    private final Set<String> words;

    private WordTable(Set<String> words) {
        this.words = Set.copyOf(words);
        for (String w : words) {
            Node n = first[w.charAt(0)];
            if (n == null) {
                n = new Node();
                first[w.charAt(0)] = n;
            }
            for (int i = 1; i < w.length(); i++) {
                n = n.add(w.charAt(i));
            }
            n.word = true;
        }
    }

    /** The words of a {@code |}-separated list (empty items are skipped). */
    static WordTable of(String alternation) {
        return of(List.of(alternation.split("\\|")));
    }

    static WordTable of(List<String> ws) {
        Set<String> set = new LinkedHashSet<>();
        for (String w : ws) {
            if (!w.isEmpty()) {
                set.add(w);
            }
        }
        return new WordTable(set);
    }

    boolean contains(String w) {
        return words.contains(w);
    }

    /** Whether a word can start with {@code c}. */
    boolean mayStartWith(char c) {
        return first[c] != null;
    }

    /** The length of the longest word at {@code i} of {@code s} that ends by {@code limit}, 0 if none. */
    int longestAt(CharSequence s, int i, int limit) {
        return longestAt(s, i, limit, e -> true);
    }

    /**
     * The length of the longest word at {@code i} of {@code s} that ends by {@code limit} and whose end {@code e}
     * passes {@code accept}, 0 if none: what a regex {@code (?:w1|w2|…)X} with the words longest first matches, for a
     * test of X at the word's end.
     */
    int longestAt(CharSequence s, int i, int limit, IntPredicate accept) {
        int end = Math.min(limit, s.length());
        if (i >= end) {
            return 0;
        }
        Node n = first[s.charAt(i)];
        int best = 0;
        int j = i + 1;
        while (n != null) {
            if (n.word && accept.test(j)) {
                best = j - i;
            }
            if (j >= end) {
                break;
            }
            n = n.child(s.charAt(j));
            j++;
        }
        return best;
    }

    /** Whether a word starts at {@code i} of {@code s} and ends by {@code limit}. */
    boolean anyAt(CharSequence s, int i, int limit) {
        int end = Math.min(limit, s.length());
        if (i >= end) {
            return false;
        }
        Node n = first[s.charAt(i)];
        int j = i + 1;
        while (n != null) {
            if (n.word) {
                return true;
            }
            if (j >= end) {
                return false;
            }
            n = n.child(s.charAt(j));
            j++;
        }
        return false;
    }
}
