package news.xuhui.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Names in frames that only a person fills, with both ends of the name fixed by the frame, so that no title, verb or
 * list of names is needed beside it: the possessor of a kin or colleague noun (某某的妻子, 某某的同事), the holder of a
 * view or memory (在某某看来, 在某某眼中), the source or maker a preposition introduces (据某某介绍, 由某某执导), and the
 * items of a list closed by 等人 or a count of people (某某、某某、某某等人, 某某等三位). The recogniser is not asked:
 * a name it does not know (a transcription, a compound family name) fills the frame as well. What fills a frame is
 * still checked for the shape of a name: a family name first and no dictionary word (许多人, 业内), or a run of
 * transcription characters with no word inside, or a dotted transcription.
 */
final class PeopleFrames {

    private PeopleFrames() {
    }

    /** Nouns for kin and colleagues that only a person has (某某的妻子). */
    private static final WordTable KIN = WordTable.of("妻子|丈夫|爱人|老伴|女儿|儿子|父亲|母亲|爸爸|妈妈|儿媳|女婿|孙子|孙女|外孙|"
            + "外孙女|哥哥|姐姐|弟弟|妹妹|家人|徒弟|遗孀|同事|搭档|战友|队友|弟子|助手|秘书");
    /** What follows 在某某 when the name holds a view, a memory or a feeling (在某某看来, 在某某心中). */
    private static final WordTable VIEW = WordTable.of("看来|眼中|眼里|心中|心里|心目中|印象中|印象里|记忆中|记忆里");
    /** What follows 据某某 (据某某介绍). */
    private static final WordTable SOURCE = WordTable.of("介绍|透露|回忆|说|称|讲述");
    /** What follows 由某某 when a person makes or leads it (由某某执导). */
    private static final WordTable MAKER = WordTable.of("执导|导演|主演|领衔|编剧|作曲|作词|演唱|指挥|创作|撰写|主讲|讲授|策划");
    /** Verbs whose object is a person met (记者见到某某时, 采访某某的时候). */
    private static final WordTable MET = WordTable.of("见到|遇到|碰到|碰见|遇见|采访|拜访|看望|探望|找到|结识");
    /** What ends the name a verb of meeting takes (见到某某时, 见到某某，). */
    private static final WordTable MET_END = WordTable.of("时|的时候|后|，|。|、|；");
    /** Verbs that introduce a list after a noun for a group of people (获奖者包括某某、某某和某某). */
    private static final WordTable INTRO = WordTable.of("包括|分别是|分别为|有|是|为|：");
    /** Last characters of a noun for a group of people (获奖者, 候选人, 成员, 嘉宾, 得主). */
    private static final String GROUP_END = "者人员宾主手";

    /** Counts of people after 等 (等三人, 等12位, 等人). */
    private static final String COUNT = "0123456789一二三四五六七八九十两几";
    private static final String PERSON_MEASURE = "人位名";
    /** Characters that close a name slot on its left, besides punctuation. */
    private static final String OPENERS = "是与同向对给跟把被将及为让请";
    private static final int MAX_DOTTED = 12;

    static List<PeopleFinder.Mention> find(String s) {
        List<PeopleFinder.Mention> out = new ArrayList<>();
        int n = s.length();
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (c == '的' && KIN.anyAt(s, i + 1, n)) {
                possessor(s, i, out);
            } else if (VIEW.mayStartWith(c) && VIEW.anyAt(s, i, n)) {
                introduced(s, i, '在', out);
            } else if (SOURCE.mayStartWith(c) && SOURCE.anyAt(s, i, n)) {
                introduced(s, i, '据', out);
            } else if (MAKER.mayStartWith(c) && MAKER.anyAt(s, i, n)) {
                introduced(s, i, '由', out);
            } else if (c == '等') {
                listOfPeople(s, i, out);
            } else if (MET.mayStartWith(c) && MET.anyAt(s, i, n)) {
                met(s, i + MET.longestAt(s, i, n), out);
            } else if (INTRO.mayStartWith(c) && INTRO.anyAt(s, i, n) && groupBefore(s, i)) {
                introducedList(s, i + INTRO.longestAt(s, i, n), out);
            } else if (c == '，' && i + 5 < n) {
                bornAfter(s, i, out);
            }
        }
        return out;
    }

    /** 某某的妻子: the name ends at 的 ({@code end}) and starts at a clause start, a punctuation mark or a function word. */
    private static void possessor(String s, int end, List<PeopleFinder.Mention> out) {
        // the longest slot from punctuation or a clause start; else the shortest after a function word
        for (int a = Math.max(0, end - MAX_DOTTED); a <= end - 2; a++) {
            if (hardStart(s, a) && nameLike(s.substring(a, end))) {
                out.add(new PeopleFinder.Mention(s.substring(a, end), s, a, end));
                return;
            }
        }
        for (int a = end - 2; a >= Math.max(1, end - 4); a--) {
            if (OPENERS.indexOf(s.charAt(a - 1)) >= 0 && nameLike(s.substring(a, end))) {
                out.add(new PeopleFinder.Mention(s.substring(a, end), s, a, end));
                return;
            }
        }
    }

    /** 在某某看来, 据某某介绍, 由某某执导: the name runs from the preposition {@code opener} to {@code end}. */
    private static void introduced(String s, int end, char opener, List<PeopleFinder.Mention> out) {
        for (int a = end - 2; a >= Math.max(1, end - MAX_DOTTED); a--) {
            if (s.charAt(a - 1) == opener) {
                String cand = s.substring(a, end);
                if (nameLike(cand)) {
                    out.add(new PeopleFinder.Mention(cand, s, a, end));
                }
                return;
            }
            if (PeopleFinder.DELIMS.indexOf(s.charAt(a - 1)) >= 0) {
                return;
            }
        }
    }

    /** 某某、某某、某某等人 (or 等三人, 等两位): every item of the list before 等 at {@code i} that is shaped like a name. */
    private static void listOfPeople(String s, int i, List<PeopleFinder.Mention> out) {
        int j = i + 1;
        while (j < s.length() && COUNT.indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        if (j >= s.length() || PERSON_MEASURE.indexOf(s.charAt(j)) < 0 || j == i + 1 && s.charAt(j) != '人') {
            return;
        }
        // 等人 is no noun of its own: 等人才 (and talents), 等人员 (and staff) close a list of things as well
        if (j + 1 < s.length() && s.charAt(j) == '人' && HanlpSupport.contains(s.substring(j, j + 2))) {
            return;
        }
        int end = i;
        List<PeopleFinder.Mention> items = new ArrayList<>();
        while (end > 0) {
            int a = end;
            while (a > 0 && end - a <= MAX_DOTTED && PeopleFinder.DELIMS.indexOf(s.charAt(a - 1)) < 0) {
                a--;
            }
            String item = s.substring(a, end);
            boolean listMark = a > 0 && s.charAt(a - 1) == '、';
            if (!nameLike(item)) {
                // the first item of the list may follow a word inside its clause (表彰了某某、某某等人)
                for (int b = Math.max(a, end - 4); b <= end - 2 && !listMark; b++) {
                    if (nameLike(s.substring(b, end)) && !items.isEmpty()) {
                        items.add(new PeopleFinder.Mention(s.substring(b, end), s, b, end));
                        break;
                    }
                }
                break;
            }
            items.add(new PeopleFinder.Mention(item, s, a, end));
            if (!listMark) {
                break;
            }
            end = a - 1;
        }
        out.addAll(items);
    }

    /** 见到某某时: the name runs from {@code a} to where a time word or punctuation closes it. */
    private static void met(String s, int a, List<PeopleFinder.Mention> out) {
        for (int end = a + 2; end <= Math.min(s.length() - 1, a + MAX_DOTTED); end++) {
            if (MET_END.anyAt(s, end, s.length())) {
                String cand = s.substring(a, end);
                if (nameLike(cand)) {
                    out.add(new PeopleFinder.Mention(cand, s, a, end));
                }
                return;
            }
        }
    }

    /** Whether a noun for a group of people of 2–3 characters ends at {@code i} (获奖者|包括). */
    private static boolean groupBefore(String s, int i) {
        if (i < 2 || GROUP_END.indexOf(s.charAt(i - 1)) < 0) {
            return false;
        }
        for (int k = 3; k >= 2; k--) {
            if (i - k >= 0 && HanlpSupport.isFirstACommonNoun(s.substring(i - k, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * 获奖者包括某某、某某和某某: the items of the list from {@code a} to the clause end, separated by 、 and a last 和,
     * 与 or 及; all of them must be shaped like names.
     */
    private static void introducedList(String s, int a, List<PeopleFinder.Mention> out) {
        int e = a;
        while (e < s.length() && e - a <= 60 && "，。；！？\n".indexOf(s.charAt(e)) < 0) {
            e++;
        }
        List<PeopleFinder.Mention> items = new ArrayList<>();
        int from = a;
        for (int k = a; k <= e; k++) {
            boolean sep = k == e || s.charAt(k) == '、';
            if (!sep && "和与及".indexOf(s.charAt(k)) >= 0 && k > from + 1 && nameLike(s.substring(from, k))
                    && nameLike(s.substring(k + 1, e))) {
                sep = true;
            }
            if (sep) {
                String item = s.substring(from, k);
                if (!nameLike(item)) {
                    return;
                }
                items.add(new PeopleFinder.Mention(item, s, from, k));
                from = k + 1;
            }
        }
        if (items.size() >= 2) {
            out.addAll(items);
        }
    }

    /** 某某，1985年出生，: a name alone in a clause at a sentence start, a year of birth after it. */
    private static void bornAfter(String s, int comma, List<PeopleFinder.Mention> out) {
        int j = comma + 1;
        int digits = 0;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
            j++;
            digits++;
        }
        if (digits != 4 || !s.startsWith("年", j)) {
            return;
        }
        int b = j + 1;
        while (b < s.length() && b - j <= 4 && !s.startsWith("出生", b) && !s.startsWith("生人", b) && !s.startsWith("生，", b)
                && "，。".indexOf(s.charAt(b)) < 0) {
            b++;
        }
        if (b >= s.length() || "，。".indexOf(s.charAt(b)) >= 0) {
            return;
        }
        for (int a = Math.max(0, comma - MAX_DOTTED); a <= comma - 2; a++) {
            if (hardStart(s, a) && (a == 0 || "。！？；\n".indexOf(s.charAt(a - 1)) >= 0)) {
                String cand = s.substring(a, comma);
                if (nameLike(cand)) {
                    out.add(new PeopleFinder.Mention(cand, s, a, comma));
                }
                return;
            }
        }
    }

    private static boolean hardStart(String s, int a) {
        return a == 0 || PeopleFinder.DELIMS.indexOf(s.charAt(a - 1)) >= 0 || s.charAt(a - 1) == '—';
    }

    /**
     * Whether {@code w} is shaped like a name: a Chinese name of 2–4 characters whose first two (of three) are no
     * dictionary word and whose given part is no common verb; a run of 2–5 transcription characters with no word
     * inside, no place; or transcriptions joined by a middle dot.
     */
    static boolean nameLike(String w) {
        int n = w.length();
        if (n < 2) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (!TextCleaner.isCjk(w.charAt(k)) && w.charAt(k) != '·') {
                return false;
            }
        }
        if (w.indexOf('·') >= 0) {
            if (n > MAX_DOTTED || w.startsWith("·") || w.endsWith("·") || w.contains("··")) {
                return false;
            }
            for (String part : w.split("·")) {
                if (!PeopleFinder.transcribed(part)) {
                    return false;
                }
            }
            return !HanlpSupport.contains(w);
        }
        if (n <= 4 && PeopleFinder.valid(w) && !HanlpSupport.contains(w)) {
            boolean compound = Surnames.compoundSurname(w);
            if (n == 3 && !compound && (HanlpSupport.isCommonNonPersonWord(w.substring(0, 2))
                    || HanlpSupport.isCommonVerb(w.substring(1)))) {
                return false;
            }
            return n < 4 || compound;
        }
        return n <= 5 && PeopleFinder.transcribed(w) && PeopleFinder.noWordInside(w)
                && !HanlpSupport.isPlaceOrOrganisation(w);
    }
}
