package news.xuhui.parser;

/**
 * How plausible it is that text {@code right} directly continues text {@code left} (a line broken by the column).
 * Positive: a dictionary word straddles the break (全|会 → 全会) or the right side can only be a continuation
 * (it starts with ，、 or a particle). Negative: the join would be ungrammatical (a particle after a full stop).
 */
final class JoinScorer {

    private static final String PARTICLES = "的了着过们地得吗呢吧";

    private JoinScorer() {
    }

    static int score(CharSequence left, CharSequence right) {
        if (left.length() == 0 || right.length() == 0) {
            return 0;
        }
        char l = left.charAt(left.length() - 1);
        char r = right.charAt(0);
        boolean leftEnds = TextCleaner.endsSentence(left);
        if (TextCleaner.isContinuationPunct(r)) {
            return leftEnds || TextCleaner.isContinuationPunct(l) ? -2 : 1;
        }
        if (PARTICLES.indexOf(r) >= 0) {
            if (leftEnds || TextCleaner.isContinuationPunct(l)) {
                return -2;
            }
            return TextCleaner.isCjk(l) ? 1 : 0;
        }
        if (leftEnds) {
            return 0;
        }
        if (TextCleaner.isCjk(l) && TextCleaner.isCjk(r) && spansWord(left, right)) {
            return 2;
        }
        return 0;
    }

    /** Whether a dictionary word of 2–4 characters crosses the boundary between {@code left} and {@code right}. */
    static boolean spansWord(CharSequence left, CharSequence right) {
        int ln = left.length();
        for (int i = 1; i <= 3 && i <= ln; i++) {
            if (!TextCleaner.isCjk(left.charAt(ln - i))) {
                break;
            }
            for (int j = 1; j <= 3 && j <= right.length() && i + j <= 4; j++) {
                if (!TextCleaner.isCjk(right.charAt(j - 1))) {
                    break;
                }
                String w = left.subSequence(ln - i, ln).toString() + right.subSequence(0, j);
                if (HanlpSupport.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }
}
