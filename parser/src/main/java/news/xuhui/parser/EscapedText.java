package news.xuhui.parser;

/**
 * A page saved as the JSON string an OCR or conversion service returned, never decoded: its line ends are the two
 * characters {@code \n}, its quotes and backslashes escaped, and (json.dumps' default) every character beyond ASCII a
 * backslash-u escape of four hex digits, often the whole text in quotes on one line. Such a text is decoded before it is read; a page
 * with real line ends that names an escape or two is left alone.
 */
final class EscapedText {

    /** A text is escaped when it holds at least this many escaped line ends ... */
    static final int MIN_ESCAPED_BREAKS = 3;
    /** ... and at least this many times as many as real ones (a real page breaks its lines itself). */
    static final int ESCAPED_PER_REAL_BREAK = 4;

    private EscapedText() {
    }

    /** The text with its JSON string escapes decoded and its enclosing quotes taken off, when it is escaped. */
    static String decoded(String text) {
        if (!escaped(text)) {
            return text;
        }
        String t = text.strip();
        if (t.length() >= 2 && t.charAt(0) == '"' && t.charAt(t.length() - 1) == '"') {
            t = t.substring(1, t.length() - 1);
        }
        return unescaped(t);
    }

    /** Whether the text's line ends are mostly escaped ones. */
    static boolean escaped(String text) {
        int escaped = 0;
        int real = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                real++;
            } else if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (next == 'n') {
                    escaped++;
                }
                i++; // an escaped backslash does not start the next escape
            }
        }
        return escaped >= MIN_ESCAPED_BREAKS && escaped >= ESCAPED_PER_REAL_BREAK * real;
    }

    /** JSON's escapes read: n, r, t, b, f, quotes, backslash, slash and u with four hex digits (a surrogate pair is two). */
    static String unescaped(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                b.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'b', 'f' -> b.append(' ');
                case '"', '\\', '/', '\'' -> b.append(e);
                case 'u' -> {
                    int code = i + 5 <= s.length() ? hex(s.substring(i + 1, i + 5)) : -1;
                    if (code >= 0) {
                        b.append((char) code);
                        i += 4;
                    } else {
                        b.append('\\').append(e);
                    }
                }
                default -> b.append('\\').append(e);
            }
        }
        return b.toString();
    }

    private static int hex(String four) {
        int code = 0;
        for (int k = 0; k < four.length(); k++) {
            int d = Character.digit(four.charAt(k), 16);
            if (d < 0) {
                return -1;
            }
            code = code * 16 + d;
        }
        return code;
    }
}
