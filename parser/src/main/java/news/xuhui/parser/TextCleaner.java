package news.xuhui.parser;

import java.util.function.IntPredicate;

/**
 * Character-level clean-up of OCR text: removes the spaces OCR puts inside Chinese words and around numbers, drops
 * invisible and replacement characters, and offers the character classes the other rules are written in.
 */
final class TextCleaner {

    private TextCleaner() {
    }

    static boolean isCjk(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\uf900' && c <= '\ufaff')
                || c == '〇';
    }

    static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Characters that end a sentence (a paragraph may end after them). */
    static boolean isTerminal(char c) {
        return "。！？!?…".indexOf(c) >= 0;
    }

    /** Closing quotes/brackets that may follow a terminal mark. */
    static boolean isCloser(char c) {
        return "”’」』）)》〉】\"'".indexOf(c) >= 0;
    }

    /** Punctuation that can never start a printed paragraph: its presence at a line start means continuation. */
    static boolean isContinuationPunct(char c) {
        return "，、。；：！？,;:!?）)》〉】”’」』….%％".indexOf(c) >= 0;
    }

    static boolean isPunct(char c) {
        return isContinuationPunct(c) || "（(《〈【“‘「『—-·・/\\|<>［］[]{}~～".indexOf(c) >= 0;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0' || c == '\u2002' || c == '\u2003'
                || c == '\u2009' || c == '\u200a' || c == '\u202f' || c == '\u205f' || c == '\u000b' || c == '\f';
    }

    /** Whether the text (ignoring trailing closers) ends a sentence. */
    static boolean endsSentence(CharSequence s) {
        int i = s.length() - 1;
        while (i >= 0 && (isCloser(s.charAt(i)) || isSpace(s.charAt(i)))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = s.charAt(i);
        if (isTerminal(c)) {
            return true;
        }
        // a closing quote/bracket after a full sentence inside it, e.g. …决议》。 is covered above; 》 alone is not.
        return false;
    }

    /** Drops characters that carry no text: BOM, zero-width, replacement and control characters. */
    static String stripInvisible(String s) {
        return without(s, i -> {
            char c = s.charAt(i);
            return c == '\ufeff' || c == '\ufffd' || c == '\u200b' || c == '\u200c' || c == '\u200d'
                    || c == '\u2060' || (c < 0x20 && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0)
                    || (c >= '\ue000' && c <= '\uf8ff') || Character.isSurrogate(c) && !validSurrogate(s, i);
        });
    }

    /** The text without the characters at the indexes {@code drop} accepts; the same string when there are none. */
    static String without(String s, IntPredicate drop) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            if (drop.test(i)) {
                if (b == null) {
                    b = new StringBuilder(s.length());
                    b.append(s, 0, i);
                }
            } else if (b != null) {
                b.append(s.charAt(i));
            }
        }
        return b == null ? s : b.toString();
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /**
     * Removes whitespace except between two ASCII letters/digits ("City Walk" keeps its space, "2024 年" and
     * "徐 汇" lose theirs) and collapses the kept runs to one space.
     */
    static String removeOcrSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                int j = i;
                while (j < n && isSpace(s.charAt(j))) {
                    j++;
                }
                if (b.length() > 0 && j < n && isAsciiAlnum(b.charAt(b.length() - 1)) && isAsciiAlnum(s.charAt(j))) {
                    b.append(' ');
                }
                i = j;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** Full clean of one piece of running text. */
    static String clean(String s) {
        return fullWidthPunct(removeOcrSpaces(stripInvisible(s)));
    }

    private static final String HALF_PUNCT = ",;:!?()";
    /** What OCR reads the halves of a dash —— as: hyphen, minus sign, en dash. */
    private static final String OCR_DASHES = "-\u2212\u2013";
    private static final String FULL_PUNCT = "，；：！？（）";

    /**
     * Marks OCR and PDF text carry as the half-width twins of the printed full-width ones are read as printed, where
     * they stand beside Chinese: commas, semicolons, colons, exclamation and question marks, bracket pairs (either
     * bracket beside Chinese), a dot as a full stop (not before a letter or digit, not in "..."), and straight quotes
     * as curly ones (closing before a mark or at the end, else by turns), two hyphens as the dash ——. Why: every later
     * rule (a paragraph's first line has a comma, a credit is in brackets, a sentence ends in 。, a kicker in ——) then
     * reads one form. Marks amid Latin letters or digits (10:30, 3,000, 3.5, 人民网.cn, (Omicron), 2020--2021) stay as
     * they are.
     */
    static String fullWidthPunct(String s) {
        StringBuilder b = null;
        boolean quoteOpen = false;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int k = HALF_PUNCT.indexOf(c);
            if (k < 0 && c != '"' && c != '.' && c != '°' && c != '｡' && OCR_DASHES.indexOf(c) < 0
                    || b != null && b.charAt(i) != c) {
                continue; // not a mark, or a closing bracket already set with its opening one
            }
            // read beside the marks already made full-width (a comma after a closing quote)
            CharSequence seen = b == null ? s : b;
            char next = i + 1 < n ? s.charAt(i + 1) : '\n';
            char to;
            int close = -1;
            if (OCR_DASHES.indexOf(c) >= 0) {
                // two hyphens (or minus signs, en dashes) beside Chinese are the dash —— as OCR reads it; one alone,
                // three and more, and pairs amid latin text or digits (2020--2021) stay
                boolean pair = next == c && (i + 2 >= n || s.charAt(i + 2) != c) && (i == 0 || seen.charAt(i - 1) != c);
                if (!pair || !(i > 0 && isCjkOrFullPunct(seen.charAt(i - 1)) || i + 2 < n && isCjkOrFullPunct(s.charAt(i + 2)))) {
                    continue;
                }
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, '—');
                b.setCharAt(i + 1, '—');
                i++;
                continue;
            }
            if (c == '"') {
                if (!besideChinese(seen, i)) {
                    continue;
                }
                boolean closes = next == '\n' || "，。、：；！？）》…,.;:!?)".indexOf(next) >= 0 || quoteOpen;
                quoteOpen = !closes;
                to = closes ? '”' : '“';
            } else if (c == '.' || c == '°' || c == '｡') {
                // a full stop OCR read as a dot, a degree sign or the half-width ideographic stop, after Chinese (a
                // degree sign after a digit is one)
                if (i == 0 || !isCjkOrFullPunct(seen.charAt(i - 1)) || c != '｡' && (isAsciiAlnum(next) || next == '.')) {
                    continue;
                }
                to = '。';
            } else {
                boolean chinese = besideChinese(seen, i);
                if (c == '(') {
                    close = s.indexOf(')', i + 1);
                    int nested = s.indexOf('(', i + 1);
                    if (close >= 0 && (nested < 0 || nested > close)) {
                        chinese |= besideChinese(seen, close);
                    } else {
                        close = -1;
                    }
                }
                if (!chinese) {
                    continue;
                }
                to = FULL_PUNCT.charAt(k);
            }
            if (b == null) {
                b = new StringBuilder(s);
            }
            b.setCharAt(i, to);
            if (close >= 0) {
                b.setCharAt(close, '）');
            }
            if (to != '（' && to != '）') {
                spacesAfterMark(b, i + 1);
            }
        }
        if (b == null) {
            return s;
        }
        String out = b.toString();
        return out.indexOf(DROPPED) < 0 ? out : without(out, j -> out.charAt(j) == DROPPED);
    }

    /** Stands in for a space to be dropped, so that the indices of the text stay while its marks are read. */
    private static final char DROPPED = '\uffff';

    /**
     * The spaces OCR sets after a half-width mark it read (", " as in Latin text) are marked to be dropped where Chinese
     * goes on after them: a full-width mark takes its own space.
     */
    private static void spacesAfterMark(StringBuilder b, int from) {
        int j = from;
        while (j < b.length() && (b.charAt(j) == ' ' || b.charAt(j) == '\u00a0')) {
            j++;
        }
        if (j > from && j < b.length() && isCjkOrFullPunct(b.charAt(j))) {
            for (int k = from; k < j; k++) {
                b.setCharAt(k, DROPPED);
            }
        }
    }

    private static boolean besideChinese(CharSequence s, int i) {
        return i > 0 && isCjkOrFullPunct(s.charAt(i - 1)) || i + 1 < s.length() && isCjkOrFullPunct(s.charAt(i + 1));
    }

    private static boolean isCjkOrFullPunct(char c) {
        return isCjk(c) || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uff60') || "“”‘’—…".indexOf(c) >= 0;
    }

    static int cjkCount(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isCjk(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Printed width in half-width units: CJK and full-width punctuation count 2, the rest 1. */
    static int width(CharSequence s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            w += (c >= 0x2e80 || "“”‘’".indexOf(c) >= 0) ? 2 : 1;
        }
        return w;
    }

    /** Whether the (non-empty) text ends in a colon, full-width or not: a kicker or a lead-in. */
    static boolean endsWithColon(CharSequence s) {
        char c = s.charAt(s.length() - 1);
        return c == ':' || c == '：';
    }

    static boolean containsAny(CharSequence s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A contact line: an e-mail or web address (投稿邮箱：…@…, 网址：www.…), which closes an article, never titles one. */
    static boolean hasAddress(CharSequence s) {
        String t = s.toString();
        return t.indexOf('@') >= 0 || t.contains("http") || t.contains("www.");
    }
}
