package news.xuhui.parser;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persons an article mentions. HanLP's person recogniser proposes names on cleaned text (no OCR spaces); rules
 * repair what it cuts short (a name inside a 、-separated list, a name after a job title) and keep a candidate only
 * with evidence that it is a person: a job title before it (区长张三), a person's verb or title after it (张三指出,
 * 张三同志), a place in a list of accepted names (张三、李四), an apposition with a title (张三，某局原局长，), a heading
 * that opens with it (张三：…) or a byline/speaker heading naming it. Candidates that are dictionary words, places or
 * organisations, or end in a function word are rejected. Rules for names the recogniser does not know (measured by
 * PeopleSubstitutedTest, which replaces the annotated names with synthetic ones): a title only a person bears after
 * a name inside a clause (以某某同志, 正如某某总书记), a name after a title ending where a function, time or dictionary
 * word begins (副主任某某某到…), a name taken up by 他/她 in the next clause, an unknown transcription opening a
 * sentence, transcriptions of four and unread items inside name lists, and names the recogniser tags in pieces.
 * A name after a dictionary noun for a person no title list holds (致富能人某某某) is read in the whole text. Rules
 * against look-alikes (measured by PeopleDecoyTest): a list closed by 等 and a word for things (某某等街道), bodies,
 * job nouns and parties before a verb of saying (某某局介绍, 某某员说, 某某方表示), a family name and a form of address
 * (某师傅), a title that starts a longer word (居民|区), a transcription before what only a place has (某某的街头).
 * Rules for names with nothing but their context beside them (measured by PeopleContextTest, made-up templates): frames
 * only a person fills ({@link PeopleFrames}: 某某的妻子, 在某某看来, 据某某介绍, 由某某执导, 某某、某某等人, 见到某某时,
 * 获奖者包括…, 某某，1985年出生), what only a person does or is right after a name (某某毕业于, 某某夫妇, 某某老人), nouns for
 * a person of two characters or made of a word and a person's suffix (快递小哥, 钢琴|家, 网格|员), compound family names
 * the recogniser cuts (欧阳某|某), and a dotted name ending before the word whose first character it took (某·某毕|业).
 */
final class PeopleFinder {

    private static final int MAX_CHARS = 400_000;
    private static final int MAX_CANDIDATES = 5_000;
    static final String DELIMS = "、，,。；;：:！？!?（）()“”\"《》【】 \n\t";
    // 副 opens a title (原副局长), it never ends a name
    // 地 ends an adverb before a verb (高兴地说), not a name
    private static final String STOP_END = "为在和与等的了是将对向说也都就及并从把被让给这那其以于到由又还才已指作同所副地";
    private static final String STOP_ANY = "的了是在和";
    /**
     * Titles and relations that stand right before a person's name in news text beyond the byline roles: state and
     * diplomatic titles (委员长, 大使, 外长), lower ranks (调研员, 参谋长) and kin or status words (妻子, 村民, 留学生).
     */
    static final String MORE_ROLES = "委员长|副委员长|议长|副议长|大使|总领事|领事|参赞|公参|外长|外交部长|总统|副总统|总理|副总理|"
            + "首相|国务委员|指挥长|副指挥长|总指挥|副总指挥|护士长|村支书|支书|调研员|教导员|参谋长|科员|副组长|组长|妻子|丈夫|女儿|儿子|父亲|母亲|爷爷|奶奶|"
            + "老伴|爱人|儿媳|女婿|孙子|孙女|外孙|哥哥|姐姐|弟弟|妹妹|"
            + "村民|留学生|研究生|贫困户|志愿者|农民|工人|干部|岁的|国务卿";
    /**
     * Status words that stand before a name (女孩某某, 官员某某) but after a word are no title of it (苗族姑娘, 女孩们).
     * They may also be the subject of a verb (学生戴口罩, 领导人应对…), so a name after one needs its end confirmed
     * too: punctuation or a person's verb right after it.
     */
    static final String BEFORE_ONLY = "领导人|少年|女孩|男孩|姑娘|官员|友人|学生|居民|市民";
    private static final Set<String> BEFORE_ONLY_SET = Set.of(BEFORE_ONLY.split("\\|"));
    private static final BylineExtractor.SuffixSet STATUS_BEFORE = new BylineExtractor.SuffixSet(BEFORE_ONLY);
    private static final String ALL_ROLES = longestFirst(
            BylineExtractor.ROLE_WORDS + "|领导|" + MORE_ROLES + "|" + BEFORE_ONLY);
    private static final BylineExtractor.SuffixSet ROLE_BEFORE = new BylineExtractor.SuffixSet(
            BylineExtractor.ROLE_WORDS + "|领导|同志|先生|女士|老师|记者|通讯员|选举|推选|任命|" + MORE_ROLES);
    /**
     * Professions that follow a word as part of a compound noun (全科医生, 青年教师) far more often than they follow a
     * name as its title: no evidence after a candidate.
     */
    private static final Set<String> PROFESSIONS = Set.of("医生", "教师", "律师", "民警", "警官", "工程师", "建筑师", "总工程师",
            "总建筑师", "专家", "成员", "党组成员");
    /**
     * What only a person does or is right after a name, with no title or verb of saying (某某毕业于…, 某某夫妇, 某某老人,
     * 某某从小…): evidence after a name, and a sign to read the sentence.
     */
    static final String PERSON_PREDICATES = "毕业于|出生于|生于|夫妇|夫妻|老人|一家人|一家三口|一家四口|从小|笑着说|笑称|笑道|"
            + "感慨万千|回忆道|说道";

    /**
     * A person's verb or title right after a name (张三指出, 张三同志, 张三主任). The word lists here and below are
     * looked up with {@link WordTable}s built once: a regex alternation of a few hundred words, tried at every
     * character, cost more CPU than the rest of the rules together.
     */
    private static final String AFTER_WORDS = ("总书记|同志|先生|女士|指出|表示|说|主持|出席|宣布|代表|认为|强调|"
            + "介绍|参加|所作|作了|作关于|作报告|致辞|致欢迎辞|讲话|围绕|感谢|提出|要求|希望|等|一行|率队|带队|陪同|调研|视察|会见|回答|"
            + "告诉|透露|坦言|感慨|感叹|称|呼吁|建议|提醒|解释|承认|证实|重申|补充|回应|宣读|传达|通报|主讲|发言|发表|就职|就任|出任|当选|任|现任|担任|同|与代表|与大家|在讲话|在闭幕|在开幕|在会上|在发言|"
            + "在调研|在座谈|通电话|通话|" + withoutProfessions(BylineExtractor.ROLE_WORDS) + "|" + MORE_ROLES);
    private static final WordTable AFTER = WordTable.of(AFTER_WORDS + "|" + PERSON_PREDICATES);
    private static final WordTable AFTER_CORE = WordTable.of(AFTER_WORDS);
    private static final WordTable PREDICATES = WordTable.of(PERSON_PREDICATES);

    /** Function and time words that may follow a name (张三将…, 张三近日…). */
    private static final WordTable NAME_END = WordTable.of("以及|及|和|与|为|在|所|等|出席|作|主持|率|带领|陪同|"
            + "将|把|被|也|都|就|是|曾|正|已|还|又|便|却|近日|日前|昨日|昨天|今天|今年|去年|目前|当时|随后|一直");
    /** Every title before a name; the longest one at a place is the title (副委员长王晨 is not 委员 and 长王晨). */
    private static final WordTable ROLES = WordTable.of(ALL_ROLES);

    /** Whether a person's verb or title starts at {@code i} of {@code s} within {@code window} characters. */
    private static boolean afterAt(String s, int i, int window) {
        return AFTER.anyAt(s, i, i + window);
    }

    /** A character of the range [\u4e00-\u9fff]. */
    private static boolean han(String s, int i) {
        return i < s.length() && s.charAt(i) >= '\u4e00' && s.charAt(i) <= '\u9fff';
    }

    /**
     * The title at {@code i} that a name may follow: the longest title there with two Chinese characters after it,
     * its length, or 0 when there is none.
     */
    private static int roleAt(String s, int i) {
        return ROLES.longestAt(s, i, s.length(), e -> han(s, e) && han(s, e + 1));
    }

    /** The 2–4 Chinese characters after a title ending at {@code pos} (see {@link #roleAt}). */
    private static String nameAfterRole(String s, int pos) {
        int e = pos + 2;
        while (e < pos + 4 && han(s, e)) {
            e++;
        }
        return s.substring(pos, e);
    }

    private static String withoutProfessions(String alternation) {
        List<String> ws = new ArrayList<>(List.of(alternation.split("\\|")));
        ws.removeIf(PROFESSIONS::contains);
        return String.join("|", ws);
    }

    private static String longestFirst(String alternation) {
        List<String> ws = new ArrayList<>(new LinkedHashSet<>(List.of(alternation.split("\\|"))));
        ws.removeIf(String::isEmpty);
        ws.sort((a, b) -> b.length() - a.length());
        return String.join("|", ws);
    }

    record Mention(String name, String text, int start, int end) {
    }

    private PeopleFinder() {
    }

    static List<String> find(List<String> texts, List<String> knownNames) {
        return find(texts, knownNames, MAX_CHARS);
    }

    /** @param maxChars at most this much text is searched (person recognition is the slowest step) */
    static List<String> find(List<String> texts, List<String> knownNames, int maxChars) {
        return propose(texts, knownNames, maxChars).names(Set.of());
    }

    /**
     * The names one article's text proposes and those it accepts on its own evidence; {@link Proposals#names} adds
     * the names the rest of the page accepted. Why two steps: a leader is titled in one article of a page (区委书记某某)
     * and named bare in the next (某某的讲话); the recogniser proposes the bare name, but nothing beside it is evidence.
     * Proposing is the slow part (HanLP), so each article's text is read once.
     */
    static Proposals propose(List<String> texts, List<String> knownNames, int maxChars) {
        List<Mention> mentions = new ArrayList<>();
        int budget = Math.min(maxChars, MAX_CHARS);
        StringBuilder all = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        for (String t : texts) {
            if (t == null || t.isEmpty() || budget <= 0) {
                continue;
            }
            String s = t.length() > budget ? t.substring(0, budget) : t;
            budget -= s.length();
            appendSentencesWithEvidence(s, all);
            raw.append(s).append('\n');
        }
        // one HanLP call for the whole article: its per-call set-up costs more than the text itself
        String s = all.toString();
        fromHanlp(s, mentions);
        fromRoles(s, mentions);
        fromLists(s, mentions);
        fromSpeech(s, mentions);
        fromTranscribed(s, mentions);
        fromTitleAfter(s, mentions);
        List<Mention> takenUp = new ArrayList<>();
        fromPronoun(s, takenUp);
        mentions.addAll(takenUp);
        List<Mention> opening = fromOpeningTranscription(s);
        mentions.addAll(opening);
        takenUp.addAll(opening);
        List<Mention> dotted = fromDotted(s);
        mentions.addAll(dotted);
        List<Mention> apposed = fromApposition(s);
        mentions.addAll(apposed);
        // read in the whole text: a sentence with a person noun and no title or verb (合作社请来致富能人某某某回乡办厂)
        // is not kept for the recogniser
        List<Mention> afterNoun = fromPersonNoun(raw.toString());
        mentions.addAll(afterNoun);
        // frames only a person fills (某某的妻子, 在某某看来, 某某、某某等人), also read in the whole text
        List<Mention> framed = PeopleFrames.find(raw.toString());
        mentions.addAll(framed);
        afterNoun.addAll(framed);
        Set<String> accepted = new LinkedHashSet<>();
        for (Mention m : dotted) {
            accepted.add(m.name);
        }
        for (Mention m : apposed) {
            accepted.add(m.name);
        }
        for (Mention m : afterNoun) {
            accepted.add(m.name);
        }
        for (Mention m : takenUp) {
            accepted.add(m.name);
        }
        // a heading's name counts when a proposer also found it in the text: a place's short name (某某：) is no name
        // to the recogniser
        for (String h : headedNames(texts, Math.min(maxChars, MAX_CHARS))) {
            for (Mention m : mentions) {
                if (m.name.equals(h)) {
                    accepted.add(h);
                    break;
                }
            }
        }
        for (String n : knownNames) {
            if (valid(n)) {
                accepted.add(n);
            }
        }
        for (Mention m : mentions) {
            // a dictionary word in a list (see nameShapedWord) is a name only between accepted names
            if (hasContext(m) && !HanlpSupport.isCommonNonPersonWord(m.name)) {
                accepted.add(m.name);
            }
        }
        return new Proposals(mentions, accepted, String.join("\n", texts.stream().filter(t -> t != null).toList()));
    }

    /** What {@link #propose} found in one article's text. */
    static final class Proposals {
        private final List<Mention> mentions;
        private final Set<String> accepted;
        private final String text;

        private Proposals(List<Mention> mentions, Set<String> accepted, String text) {
            this.mentions = mentions;
            this.accepted = accepted;
            this.text = text;
        }

        /**
         * The article's people: the names it accepts on its own evidence, those of {@code pageNames} that its text
         * proposes too or holds whole (a name of three characters or more: the recogniser reads only sentences with
         * some sign of a person, and a bare mention has none), and names listed next to them.
         */
        List<String> names(Set<String> pageNames) {
            Set<String> accepted = new LinkedHashSet<>(this.accepted);
            for (Mention m : mentions) {
                if (pageNames.contains(m.name)) {
                    accepted.add(m.name);
                }
            }
            for (String n : pageNames) {
                if (n.length() >= 3 && !accepted.contains(n) && text.contains(n)) {
                    accepted.add(n);
                }
            }
            return PeopleFinder.names(mentions, accepted);
        }
    }

    private static List<String> names(List<Mention> mentions, Set<String> accepted) {
        // names listed next to accepted names (张三、李四、王五) are accepted too
        boolean changed = true;
        for (int round = 0; changed && round < 5; round++) {
            changed = false;
            for (Mention m : mentions) {
                if (!accepted.contains(m.name) && listedWithAccepted(m, accepted)) {
                    accepted.add(m.name);
                    changed = true;
                }
            }
        }
        Set<String> order = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (accepted.contains(m.name)) {
                order.add(m.name);
            }
        }
        order.addAll(accepted);
        // a fragment of a longer accepted name (明远 of 周明远) is not a person of its own
        order.removeIf(n -> partOfLonger(n, order, mentions) || cutShort(n, order, mentions));
        order.removeIf(n -> overlapped(n, order, mentions));
        return List.copyOf(order);
    }

    /**
     * A name whose every mention starts inside the mention of another accepted name (付|平先生 against 付平|先生) is a
     * misreading of the text that name stands in.
     */
    static boolean overlapped(String n, Set<String> names, List<Mention> mentions) {
        boolean any = false;
        for (Mention m : mentions) {
            if (!m.name.equals(n)) {
                continue;
            }
            boolean inside = false;
            for (Mention o : mentions) {
                if (o.text == m.text && !o.name.equals(n) && names.contains(o.name) && o.start < m.start
                        && m.start < o.end) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static final Pattern HEADED = Pattern.compile("(?m)^([\\u4e00-\\u9fff]{2,3})[：:]");

    /**
     * A line that opens with a name and a colon (某某某：一生只做一件事 as a kicker, 某某：… as a speaker's turn) names a
     * person when the name recurs in the article and the recogniser (or another rule) proposes it there too: a word
     * before a colon (原因：, 地点：) is a dictionary word, a place's short name (某泾：) no name to the recogniser.
     */
    static List<String> headedNames(List<String> texts, int maxChars) {
        List<String> out = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (String t : texts) {
            if (t != null && all.length() < maxChars) {
                all.append(t, 0, Math.min(t.length(), maxChars - all.length())).append('\n');
            }
        }
        String s = all.toString();
        Matcher m = HEADED.matcher(s);
        while (m.find()) {
            String cand = m.group(1);
            if (out.contains(cand) || !valid(cand) || HanlpSupport.contains(cand)
                    || HanlpSupport.isCommonVerb(cand.substring(1))) {
                continue;
            }
            int again = s.indexOf(cand, m.end());
            if (again < 0) {
                again = s.lastIndexOf(cand, m.start() - 1);
            }
            if (again >= 0) {
                out.add(cand);
            }
        }
        return out;
    }

    /**
     * Keeps only sentences in which a name could be accepted at all (they hold a job title, a person's verb or a
     * list mark): person recognition, the slow step, then reads less text.
     */
    static void appendSentencesWithEvidence(String s, StringBuilder out) {
        int start = 0;
        int n = s.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || CLAUSE_END.indexOf(s.charAt(i)) >= 0) {
                int end = Math.min(n, i + 1);
                if (end > start && (hasTrigger(s, start, end) || appositionAt(s, start, i)
                        || pronounAfter(s, start, end) || pronounAt(s, start) || opensWithTranscription(s, start))) {
                    out.append(s, start, end);
                    if (out.charAt(out.length() - 1) != '\n') {
                        out.append('\n');
                    }
                }
                start = i + 1;
            }
        }
    }

    private static final String PRONOUNS = "他她";

    /** Whether the clause after the one ending at {@code end} opens with 他 or 她 (……的某某。她去年……). */
    private static boolean pronounAfter(String s, int start, int end) {
        return end < s.length() && PRONOUNS.indexOf(s.charAt(end)) >= 0 && end - start <= 40;
    }

    /** Whether the clause at {@code start} opens with 他 or 她 after a clause end (kept with the name before it). */
    private static boolean pronounAt(String s, int start) {
        return start > 0 && start < s.length() && PRONOUNS.indexOf(s.charAt(start)) >= 0;
    }

    /**
     * A name that ends a clause and is taken up by 他 or 她 at the start of the next (记者碰见刚从果园回来的某某某。她前年……):
     * 2–3 characters back to 的, 是, 把 or a clause start, unknown to the dictionary, their given name no word (a
     * single given character no common word).
     */
    static void fromPronoun(String s, List<Mention> out) {
        for (int p = 2; p < s.length(); p++) {
            if (PRONOUNS.indexOf(s.charAt(p)) < 0) {
                continue;
            }
            int e = p - 1;
            while (e > 0 && s.charAt(e) == '\n') {
                e--;
            }
            if ("。，；".indexOf(s.charAt(e)) < 0) {
                continue;
            }
            for (int len = 3; len >= 2; len--) {
                int a = e - len;
                if (a < 1) {
                    continue;
                }
                char before = s.charAt(a - 1);
                // the word before must end there (及|时盖住 is 及时 and a verb)
                boolean opens = DELIMS.indexOf(before) >= 0 || "的是把".indexOf(before) >= 0
                        || SENTENCE_START.indexOf(before) >= 0;
                String cand = s.substring(a, e);
                if (opens && valid(cand) && !HanlpSupport.contains(cand) && withoutPlaceOrTime(cand).equals(cand)
                        && !HanlpSupport.contains(s.substring(a - 1, a + 1))
                        && !(len == 3 ? HanlpSupport.contains(cand.substring(1))
                                : HanlpSupport.isCommonNonPersonWord(cand.substring(1)))
                        && !(len == 3 && HanlpSupport.isCommonNonPersonWord(cand.substring(0, 2)))) {
                    out.add(new Mention(cand, s, a, e));
                    break;
                }
            }
        }
    }

    /**
     * Text is kept clause by clause: evidence for a name (a title right before it, a verb right after it, a list
     * mark) sits in the name's own clause, and person recognition costs time in proportion to the text it reads.
     */
    private static final String CLAUSE_END = "。！？；!?;\n，,：:";

    private static final String[][] TRIGGERS = buildTriggers();

    private static String[][] buildTriggers() {
        java.util.Map<Character, List<String>> m = new java.util.HashMap<>();
        List<String> words = new ArrayList<>(List.of(BylineExtractor.ROLE_WORDS.split("\\|")));
        words.addAll(List.of(MORE_ROLES.split("\\|")));
        words.addAll(List.of("呼吁", "建议", "提醒", "解释", "承认", "证实", "重申", "补充", "回应", "回忆", "告诉", "感慨", "感叹", "·", "领导", "同志", "先生", "女士", "老师", "记者", "选举", "总书记", "指出", "表示", "说", "主持", "出席",
                "宣布", "代表", "认为", "强调", "介绍", "参加", "所作", "作了", "致辞", "讲话", "感谢", "提出", "要求", "希望", "等",
                "一行", "陪同", "调研", "视察", "会见", "称", "宣读", "传达", "主讲", "发言", "发表", "当选", "担任", "与", "、"));
        words.addAll(List.of(PERSON_PREDICATES.split("\\|")));
        words.addAll(List.of(BEFORE_ONLY.split("\\|")));
        for (String w : words) {
            if (!w.isEmpty()) {
                m.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
            }
        }
        String[][] table = new String[65536][];
        m.forEach((c, ws) -> table[c] = ws.toArray(new String[0]));
        return table;
    }

    /**
     * A name in apposition: a clause of 2–3 characters at the start of a sentence or after a dash, a comma, and a
     * clause that ends in a job title (某某某，某某局原副局长，…): a profile's opening.
     *
     * @param start the name clause's start in {@code s}
     * @param comma the comma after it
     */
    static boolean appositionAt(String s, int start, int comma) {
        if (comma >= s.length() || s.charAt(comma) != '，') {
            return false;
        }
        // the name runs back to the clause start or to a dash that introduces it (……的战友——某某某，)
        int a = comma;
        while (a > start && s.charAt(a - 1) != '—' && comma - a <= 3) {
            a--;
        }
        int len = comma - a;
        boolean dash = a > 0 && s.charAt(a - 1) == '—';
        if (len < 2 || len > 3 || !dash && (a != start || a > 0 && SENTENCE_START.indexOf(s.charAt(a - 1)) < 0)) {
            return false;
        }
        int b = comma + 1;
        while (b < s.length() && s.charAt(b) == '\n') {
            b++;
        }
        int e = b;
        while (e < s.length() && e - b <= 30 && "，。；;,\n".indexOf(s.charAt(e)) < 0) {
            e++;
        }
        if (e >= s.length() || e - b > 30 || e - b < 3) {
            return false;
        }
        String role = s.substring(b, e);
        return BylineExtractor.endsWithRole(role) || MORE_TITLES.endsAny(role);
    }

    private static final BylineExtractor.SuffixSet MORE_TITLES = new BylineExtractor.SuffixSet(
            MORE_ROLES.replace("|岁的", ""));

    /** Names in apposition (see {@link #appositionAt}): the apposition is their evidence. */
    static List<Mention> fromApposition(String s) {
        List<Mention> out = new ArrayList<>();
        for (int i = s.indexOf('，'); i >= 0; i = s.indexOf('，', i + 1)) {
            int a = i;
            while (a > 0 && DELIMS.indexOf(s.charAt(a - 1)) < 0 && s.charAt(a - 1) != '—' && i - a <= 3) {
                a--;
            }
            if (appositionAt(s, a, i)) {
                String cand = s.substring(a, i);
                // a verb after a family-name character is a clause (经查，), not a given name
                if (valid(cand) && !HanlpSupport.contains(cand) && !HanlpSupport.isCommonVerb(cand.substring(1))) {
                    out.add(new Mention(cand, s, a, i));
                }
            }
        }
        return out;
    }

    private static boolean hasTrigger(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            String[] ws = TRIGGERS[s.charAt(i)];
            if (ws == null) {
                continue;
            }
            for (String w : ws) {
                if (s.startsWith(w, i) && i + w.length() <= to) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void fromHanlp(String s, List<Mention> out) {
        List<Term> terms = HanlpSupport.segmentWithNames(s);
        int offset = 0;
        for (int k = 0; k < terms.size(); k++) {
            Term t = terms.get(k);
            String w = t.word;
            int start = offset;
            offset += w.length();
            // a family name the recogniser tags a noun morpheme before a given name it tags a name, at a clause start
            // (。柏/ng 文澜/nr)
            boolean familyLeftOut = !isPersonTag(t) && w.length() == 1 && t.nature != null
                    && t.nature.toString().equals("ng") && Surnames.startsWithSurname(w)
                    && (start == 0 || DELIMS.indexOf(s.charAt(start - 1)) >= 0) && k + 1 < terms.size()
                    && isPersonTag(terms.get(k + 1)) && terms.get(k + 1).word.length() == 2;
            if (!isPersonTag(t) && !familyLeftOut) {
                continue;
            }
            // a family name the recogniser cut off its given name (周/nr 明远/nr → 周明远)
            if (w.length() == 1 && k + 1 < terms.size() && isPersonTag(terms.get(k + 1))
                    && terms.get(k + 1).word.length() <= 2 && Surnames.startsWithSurname(w)) {
                w = w + terms.get(k + 1).word;
                offset += terms.get(k + 1).word.length();
                k++;
            } else if (w.length() == 2 && Surnames.compoundSurname(w) && k + 1 < terms.size()
                    && isPersonTag(terms.get(k + 1)) && terms.get(k + 1).word.length() <= 2) {
                // a compound family name the recogniser tags apart from its given name (司马/nr 静怡/nr)
                w = w + terms.get(k + 1).word;
                offset += terms.get(k + 1).word.length();
                k++;
            } else if (w.length() == 2 && k + 1 < terms.size() && isPersonTag(terms.get(k + 1))
                    && terms.get(k + 1).word.length() == 1 && Surnames.startsWithSurname(w)
                    && !(k + 2 < terms.size() && isPersonTag(terms.get(k + 2)))) {
                // a name the recogniser cut before its last character, which it tags a name of its own (侯怡/nr 霖/nr)
                w = w + terms.get(k + 1).word;
                offset += 1;
                k++;
            } else if (w.length() == 2 && k + 1 < terms.size() && boundMorpheme(terms.get(k + 1))
                    && Surnames.startsWithSurname(w) && valid(w + terms.get(k + 1).word)
                    && !HanlpSupport.contains(w + terms.get(k + 1).word)) {
                // an adjective or verb morpheme that cannot stand alone after a name is its last character (盛静|瑞/ag)
                w = w + terms.get(k + 1).word;
                offset += 1;
                k++;
            } else if (w.length() == 3 && Surnames.compoundSurname(w) && k + 1 < terms.size()
                    && givenCharLeftOver(terms.get(k + 1)) && !HanlpSupport.contains(w + terms.get(k + 1).word)
                    && !(k + 2 < terms.size() && ASPECT.contains(terms.get(k + 2).word))) {
                // a compound family name and two given characters, cut before the last (欧阳某|某/ng)
                w = w + terms.get(k + 1).word;
                offset += 1;
                k++;
            }
            // a two-character name before a lone noun character the segmenter left over is likely cut short (柏文|澜数据):
            // the three may be the name, or the two and a word; this mention is no evidence either way
            if (w.length() == 2 && k + 1 < terms.size() && loneNounChar(terms, k + 1) && valid(w + terms.get(k + 1).word)) {
                continue;
            }
            String name = withoutPlaceOrTime(repair(s, start, w));
            if (valid(name) || name.equals(w) && HanlpSupport.isFirstAPersonName(name) && valid(name, true)) {
                out.add(new Mention(name, s, start, start + name.length()));
            }
        }
    }

    /**
     * Locative and time characters that follow a name (见到某某时, 来到某某家): after a name of two they are no sign of a
     * cut name, and a "name" of three ending in one is a name of two and that word (some given names end in 中, so it
     * is not listed).
     */
    private static final String PLACE_OR_TIME = "时后前上下里内外间边旁处家";

    /** 某某家 → 某某: see {@link #PLACE_OR_TIME}. */
    static String withoutPlaceOrTime(String name) {
        if (name.length() == 3 && PLACE_OR_TIME.indexOf(name.charAt(2)) >= 0 && !Surnames.compoundSurname(name)) {
            return name.substring(0, 2);
        }
        return name;
    }

    /** A one-character noun term that is not the family name of a name after it (张三|李|四). */
    private static boolean loneNounChar(List<Term> terms, int k) {
        Term t = terms.get(k);
        if (t.word.length() != 1 || t.nature == null || !t.nature.toString().startsWith("n")
                || isPersonTag(t) && k + 1 < terms.size() && isPersonTag(terms.get(k + 1))) {
            return false;
        }
        char c = t.word.charAt(0);
        return TextCleaner.isCjk(c) && STOP_END.indexOf(c) < 0 && STOP_ANY.indexOf(c) < 0 && PLACE_OR_TIME.indexOf(c) < 0;
    }

    /** Aspect particles: the character before one is a verb (某某弯着腰), not the end of a name. */
    private static final Set<String> ASPECT = Set.of("着", "了", "过");

    /**
     * A one-character noun, adjective or bound morpheme (n*, a, *g) the segmenter left standing alone: not a function
     * word, numeral, pronoun, locative or time character.
     */
    private static boolean givenCharLeftOver(Term t) {
        if (t.word.length() != 1 || t.nature == null || !TextCleaner.isCjk(t.word.charAt(0))) {
            return false;
        }
        String n = t.nature.toString();
        char c = t.word.charAt(0);
        // a free verb after a name is its predicate (欧阳某弯腰), a bound morpheme or a noun character its given name
        return (n.startsWith("n") || n.equals("a") || n.endsWith("g"))
                && STOP_END.indexOf(c) < 0 && STOP_ANY.indexOf(c) < 0 && PLACE_OR_TIME.indexOf(c) < 0;
    }

    /** A one-character adjective or verb morpheme (ag, vg): a bound form no word of its own. */
    private static boolean boundMorpheme(Term t) {
        if (t.word.length() != 1 || t.nature == null) {
            return false;
        }
        String n = t.nature.toString();
        char c = t.word.charAt(0);
        return (n.equals("ag") || n.equals("vg")) && STOP_END.indexOf(c) < 0 && PLACE_OR_TIME.indexOf(c) < 0;
    }

    private static boolean isPersonTag(Term t) {
        return t.nature != null && t.nature.toString().startsWith("nr");
    }

    /** Extends a name HanLP cut short when the list item it sits in is a whole name (万小|岚、 → 万小岚). */
    private static String repair(String s, int start, String w) {
        int b = start + w.length();
        while (b < s.length() && DELIMS.indexOf(s.charAt(b)) < 0 && b - start < 5) {
            b++;
        }
        boolean itemStart = start == 0 || DELIMS.indexOf(s.charAt(start - 1)) >= 0;
        // a compound family name, or an item with list marks on both sides (、白某某某、), may run to 4 characters
        boolean inList = start > 0 && s.charAt(start - 1) == '、' && b < s.length() && s.charAt(b) == '、';
        int max = Surnames.compoundSurname(w) || inList ? 4 : 3;
        if (itemStart && b > start + w.length() && b - start <= max && (b >= s.length() || s.charAt(b) == '、'
                || (s.charAt(b) == '。' || s.charAt(b) == '，') && start > 0 && s.charAt(start - 1) == '、')) {
            return s.substring(start, b);
        }
        return w;
    }

    private static void fromRoles(String s, List<Mention> out) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            int role = roleAt(s, i);
            if (role == 0) {
                i++;
                continue;
            }
            int pos = i + role;
            if (insideAWord(s, i, pos)) {
                i = pos;
                continue;
            }
            String after = nameAfterRole(s, pos);
            // after a status word a given name that is a common word is the verb phrase of its subject (学生戴口罩)
            boolean status = BEFORE_ONLY_SET.contains(s.substring(i, pos));
            boolean found = false;
            for (int len = 3; len >= 2; len--) {
                if (after.length() < len) {
                    continue;
                }
                int end = pos + len;
                boolean delimited = end < s.length() && DELIMS.indexOf(s.charAt(end)) >= 0
                        || afterAt(s, end, 6) || NAME_END.anyAt(s, end, end + 3);
                String cand = after.substring(0, len);
                if (delimited && !withoutPlaceOrTime(cand).equals(cand)) {
                    continue;
                }
                if (delimited && valid(cand) && !HanlpSupport.contains(cand)
                        && !HanlpSupport.isCommonVerb(cand.substring(1))
                        && !(status && len == 3 && HanlpSupport.contains(cand.substring(1)))) {
                    out.add(new Mention(cand, s, pos, end));
                    found = true;
                    break;
                }
            }
            if (!found && !status) {
                Mention m2 = beforeAWord(s, pos);
                if (m2 != null) {
                    out.add(m2);
                }
            }
            // the next role may start right after this one, even inside what this one took for a name (代表|团秘书长)
            i = pos;
        }
    }

    /**
     * Whether the title at {@code start}–{@code pos} is the start of a longer dictionary word with the character after
     * it (居民|区, 学生|会, 书记|处): no title then, and what follows it no name (居民区党总支书记 holds no 区党总).
     */
    static boolean insideAWord(String s, int start, int pos) {
        return pos < s.length() && HanlpSupport.contains(s.substring(start, pos + 1))
                && !TITLE_AT.contains(s.substring(start, pos + 1));
    }

    /**
     * A name after a title that runs straight on into the rest of its clause (副主任某某某到…, 董事长某某某一直…, 庭长某某征得…):
     * the name ends where a function character that never ends a name begins (到, 是, 将) or a dictionary word of two
     * characters does (一直, 征得), and its last character does not make a word with the next one. Three characters are
     * tried first, then two; a given name that is a common word (李明天到) is no name.
     */
    static Mention beforeAWord(String s, int pos) {
        int longest = pos + 2 <= s.length() && Surnames.compoundSurname(s.substring(pos, pos + 2)) ? 4 : 3;
        for (int len = longest; len >= 2; len--) {
            int end = pos + len;
            if (end + 1 >= s.length()) {
                continue;
            }
            String cand = s.substring(pos, end);
            // (or a longer word, an idiom of four: 某某挨家挨户…)
            boolean endsHere = STOP_END.indexOf(s.charAt(end)) >= 0
                    || TextCleaner.isCjk(s.charAt(end + 1)) && HanlpSupport.contains(s.substring(end, end + 2))
                    || end + 4 <= s.length() && HanlpSupport.contains(s.substring(end, end + 4))
                    && !HanlpSupport.contains(s.substring(end - 1, end + 1));
            if (endsHere && valid(cand) && !HanlpSupport.contains(cand)
                    && !HanlpSupport.contains(s.substring(end - 1, end + 1))
                    && !HanlpSupport.isCommonNonPersonWord(cand.substring(1))
                    && !(len == 3 && HanlpSupport.contains(cand.substring(0, 2)) && !HanlpSupport.isFirstAPersonName(cand.substring(0, 2)))) {
                return new Mention(cand, s, pos, end);
            }
        }
        return null;
    }

    /** Items of a 、-separated list that are 2–3 characters long and start with a family name. */
    private static void fromLists(String s, List<Mention> out) {
        int n = s.length();
        int i = s.indexOf('、');
        while (i >= 0 && i < n) {
            // item before the mark
            int a = i;
            while (a > 0 && DELIMS.indexOf(s.charAt(a - 1)) < 0 && i - a <= 4) {
                a--;
            }
            addItem(s, a, i, out);
            int b = i + 1;
            while (b < n && DELIMS.indexOf(s.charAt(b)) < 0 && b - i <= 4) {
                b++;
            }
            addItem(s, i + 1, b, out);
            i = s.indexOf('、', i + 1);
        }
    }

    private static void addItem(String s, int a, int b, List<Mention> out) {
        int len = b - a;
        boolean leftOk = a == 0 || DELIMS.indexOf(s.charAt(a - 1)) >= 0;
        boolean rightOk = b >= s.length() || DELIMS.indexOf(s.charAt(b)) >= 0;
        if (len >= 2 && len <= 3 && leftOk && rightOk) {
            String item = s.substring(a, b);
            if (valid(item) && !HanlpSupport.contains(item) || nameShapedWord(item)) {
                out.add(new Mention(item, s, a, b));
            }
        } else if (len == 4 && leftOk && rightOk) {
            // a transcribed name of four (某某某某、) with no family name: a name only beside accepted names
            String item = s.substring(a, b);
            if (transcribed(item) && !HanlpSupport.contains(item) && !HanlpSupport.isPlaceOrOrganisation(item)
                    && !HanlpSupport.contains(item.substring(0, 2)) && !HanlpSupport.contains(item.substring(2))) {
                out.add(new Mention(item, s, a, b));
            }
        }
    }

    /**
     * A name whose every mention runs on into the rest of a longer accepted name (王萌 of 王萌萌, 艾尔肯 of 艾尔肯·哈斯木)
     * is that name cut short by the recogniser, not a second person.
     */
    static boolean cutShort(String n, Set<String> names, List<Mention> mentions) {
        boolean any = false;
        for (Mention m : mentions) {
            if (!m.name.equals(n)) {
                continue;
            }
            boolean inLonger = false;
            for (String o : names) {
                if (o.length() > n.length() && o.startsWith(n) && m.text.startsWith(o, m.start)) {
                    inLonger = true;
                    break;
                }
            }
            if (!inLonger) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Verbs of saying that follow a speaker's name at the start of a clause (“……。”张三说). */
    private static final WordTable SPEECH = WordTable.of("说|表示|介绍|回忆|告诉|认为|指出|坦言|强调");

    /**
     * A speaker the recogniser misses: the whole of a clause between a punctuation mark (or a closing quote) and a
     * verb of saying, 2–3 characters starting with a family name and unknown to the dictionary (。杨某某说：).
     * The clause boundary fixes both ends of the name, so no guessing of its length is needed.
     */
    private static final WordTable TITLE_AT = WordTable.of(longestFirst(
            BylineExtractor.ROLE_WORDS + "|领导|" + MORE_ROLES).replace("|岁的", ""));

    private static final String SENTENCE_START = "。！？；!?;\n”";
    private static final String UNIT_END = "省市县区镇乡村府委局厅处部院校所司队会团组办室站社";

    static void fromSpeech(String s, List<Mention> out) {
        int n = s.length();
        for (int i = 2; i < n; i++) {
            boolean verb = SPEECH.anyAt(s, i, n);
            // a title after the name (。张某某委员长主持) marks it as well, for names of three characters
            boolean title = !verb && TITLE_AT.anyAt(s, i, n);
            if (!verb && !title) {
                continue;
            }
            for (int len = 2; len <= 3 && len <= i; len++) {
                int a = i - len;
                // the dash of an attribution (——某某委员（单位）) opens the clause too; there a name of two characters
                // is taken as well, for the title and the bracket after it fix its end
                boolean dash = a >= 2 && s.startsWith("——", a - 2);
                if (title && len == 2 && !(dash && attribution(s, i))) {
                    continue;
                }
                if (a == 0 || DELIMS.indexOf(s.charAt(a - 1)) >= 0 || dash) {
                    String cand = s.substring(a, i);
                    // before a title, a word ending in an administrative unit is the place or body (某某镇镇长)
                    // and it is a person's name only at the start of a sentence, not a body's short name (区人大代表)
                    boolean unit = title && (UNIT_END.indexOf(cand.charAt(cand.length() - 1)) >= 0
                            || a > 0 && SENTENCE_START.indexOf(s.charAt(a - 1)) < 0 && !dash
                            || cand.length() == 3 && HanlpSupport.isAbbreviation(cand.substring(1)));
                    if (!unit && valid(cand) && !HanlpSupport.contains(cand) && cand.indexOf('们') < 0) {
                        out.add(new Mention(cand, s, a, i));
                    }
                    break;
                }
            }
        }
    }

    /** Last characters of nouns for people by their work or role (宣讲员, 经营者, 承包户, 供应商). */
    private static final String AGENT_END = "员者户商";

    /**
     * Whether a candidate is a body or a person by their work, not a name: it ends in an agent suffix (某某员介绍,
     * 某某者表示, also a piece of two: 协|管员) or, of three characters, in an administrative unit (某某局介绍, 某某办表示,
     * 某某委指出), or is a word and 方, a party (施工方表示, 监理方指出). Given names
     * rarely end in these characters; bodies and job nouns that open a clause before a verb of saying do, and the
     * recogniser tags some of them a person.
     */
    static boolean agentNoun(String cand) {
        char last = cand.charAt(cand.length() - 1);
        if (cand.length() == 2) {
            return AGENT_END.indexOf(last) >= 0;
        }
        if (cand.length() != 3 || Surnames.compoundSurname(cand)) {
            return false;
        }
        // a party to a project or a contract (施工方, 监理方): a word and 方; a name has no word before its 方 (某东方)
        if (last == '方' && HanlpSupport.isCommonNonPersonWord(cand.substring(0, 2))) {
            return true;
        }
        return UNIT_END.indexOf(last) >= 0 || AGENT_END.indexOf(last) >= 0;
    }

    /** Forms of address after a family name (王阿姨, 金师傅, 李大爷): a person, but no name. */
    private static final Set<String> ADDRESS = Set.of("师傅", "阿姨", "大爷", "大妈", "大娘", "大叔", "大姐", "大哥", "阿婆",
            "阿伯", "爷爷", "奶奶", "叔叔", "婆婆", "伯伯", "老伯", "老汉");

    /** Whether {@code name} is a family name and a form of address (金师傅说): no name. */
    static boolean addressed(String name) {
        return name.length() == 3 && !Surnames.compoundSurname(name) && ADDRESS.contains(name.substring(1));
    }

    /** Titles that follow a person's name and nothing else (某某某总书记, 某某同志, 某某先生). */
    private static final String[] PERSONAL_TITLES = {"总书记", "同志", "先生", "女士", "代表", "委员"};
    /**
     * Characters after which a name may start inside a clause: prepositions and function words (以某某同志为…, 正如某某
     * 总书记指出…, 向某某先生…) that never end a name themselves.
     */
    private static final String NAME_OPENERS = "以如是的与和同向对给跟把被由据将及为让请在";

    /**
     * A name right before a title that only a person bears (以某某某同志为核心, 正如某某某总书记指出, 某某先生说), also inside a
     * clause: it runs back three characters, or two, to a clause start or a function word before it. The recogniser
     * misses such names when it does not know them: the title is the evidence.
     */
    static void fromTitleAfter(String s, List<Mention> out) {
        for (String t : PERSONAL_TITLES) {
            for (int i = s.indexOf(t); i >= 0; i = s.indexOf(t, i + 1)) {
                // 代表 and 委员 are a title only where the clause or a bracket follows (是某某某代表，), else a verb or
                // part of a body's name
                boolean closed = i + t.length() >= s.length() || "，。；：、（(\n".indexOf(s.charAt(i + t.length())) >= 0;
                if (t.length() == 2 && (t.equals("代表") || t.equals("委员")) && !closed) {
                    continue;
                }
                for (int len = 3; len >= 2; len--) {
                    int a = i - len;
                    if (a < 0) {
                        continue;
                    }
                    boolean opens = a == 0 || DELIMS.indexOf(s.charAt(a - 1)) >= 0 || NAME_OPENERS.indexOf(s.charAt(a - 1)) >= 0
                            || SENTENCE_START.indexOf(s.charAt(a - 1)) >= 0 || s.charAt(a - 1) == '—';
                    String cand = s.substring(a, i);
                    // a verb after a family-name character is a clause (经查), but one given-name character
                    // may be any word (付平先生)
                    if (opens && valid(cand) && !HanlpSupport.contains(cand)
                            && (len == 2 || !HanlpSupport.isCommonVerb(cand.substring(1))
                                    && !HanlpSupport.isAbbreviation(cand.substring(1)))
                            && UNIT_END.indexOf(cand.charAt(len - 1)) < 0) {
                        out.add(new Mention(cand, s, a, i));
                        break;
                    }
                }
            }
        }
    }

    /** Whether the title at {@code i} is followed by a bracket (某某委员（某某大学教授）): an attribution line. */
    private static boolean attribution(String s, int i) {
        int end = i + TITLE_AT.longestAt(s, i, s.length());
        return end > i && end < s.length() && (s.charAt(end) == '（' || s.charAt(end) == '(');
    }

    /**
     * Characters of the standard transcription of foreign and minority names (阿, 尔, 斯, 娜 …): the runs on both
     * sides of a middle dot made only of these are a transcribed name (索菲·拉韦尔), which the recogniser splits
     * at the dot. Runs of other characters (民族复兴·英雄) are a title's punctuation, not a name.
     */
    private static final String TRANSCRIPTION = "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布查达代戴丹道德登迪蒂丁东杜敦多厄恩尔法凡"
            + "菲费芬丰佛夫弗福盖甘冈戈格贡古瓜圭哈海汉豪赫亨胡惠霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎拉莱赖兰朗劳勒雷里莉利丽力"
            + "列林琳隆卢鲁伦罗洛马玛迈麦曼芒梅门蒙米敏明莫默姆穆木纳娜奈南内尼涅宁纽努诺欧帕潘庞佩彭皮珀普齐奇恰乔切钦琼丘萨塞"
            + "桑瑟森沙莎尚舍什施舒斯松苏索塔泰坦汤唐特提廷图托瓦旺威韦维温沃乌伍西希锡夏谢辛休雅亚扬耶伊依因英尤约扎泽詹"
            + "哲兹佐孜更买如则别逊蓬顿娃娅妮黛蕾薇芙茨万呼";
    private static final String DOTS = "·•・";

    private static boolean followedByEvidence(String s, int end) {
        if (end >= s.length() || DELIMS.indexOf(s.charAt(end)) >= 0) {
            return true;
        }
        return afterAt(s, end, 6) || NAME_END.anyAt(s, end, end + 6);
    }

    static boolean transcribed(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (TRANSCRIPTION.indexOf(w.charAt(i)) < 0) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /**
     * A transcribed foreign name without a family name from the list: right after a title (外长, 教师, 议长) or at the
     * start of a clause before a verb of saying, a run of 2–6 transcription characters that ends where a person's
     * verb, a list mark or punctuation begins (外长某某夫通电话, 。某某表示). Dictionary words and places are not names.
     */
    static void fromTranscribed(String s, List<Mention> out) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            int role = roleAt(s, i);
            boolean atRole = role > 0;
            int a;
            if (atRole) {
                a = i + role;
            } else if (i == 0 || DELIMS.indexOf(s.charAt(i - 1)) >= 0) {
                a = i;
            } else {
                continue;
            }
            int b = a;
            while (b < n && b - a < 6 && TRANSCRIPTION.indexOf(s.charAt(b)) >= 0) {
                b++;
            }
            for (int end = b; end - a >= 2; end--) {
                if (atRole ? followedByEvidence(s, end) : SPEECH.anyAt(s, end, n)) {
                    String cand = s.substring(a, end);
                    if (!HanlpSupport.contains(cand) && !HanlpSupport.isPlaceOrOrganisation(cand)
                            && STOP_END.indexOf(cand.charAt(cand.length() - 1)) < 0) {
                        out.add(new Mention(cand, s, a, end));
                    }
                    break;
                }
            }
        }
    }

    /**
     * A transcribed name that opens a sentence with no title or verb beside it (。某某某的“三部曲”…, 。某某某就是…): a run of
     * 3–4 transcription characters right after a sentence end, no two of them a dictionary word and the run no word,
     * place or organisation, ending where 的, a function character, a person's verb or punctuation begins. Places and
     * words made of the same characters (巴西, 米兰, 雅加达) are in the dictionary; an unknown run of them is a name.
     */
    static List<Mention> fromOpeningTranscription(String s) {
        List<Mention> out = new ArrayList<>();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && SENTENCE_START.indexOf(s.charAt(i - 1)) < 0 || TRANSCRIPTION.indexOf(s.charAt(i)) < 0) {
                continue;
            }
            int b = i;
            while (b < n && b - i < 5 && TRANSCRIPTION.indexOf(s.charAt(b)) >= 0) {
                b++;
            }
            for (int end = Math.min(b, i + 4); end - i >= 3; end--) {
                if (end < n && (s.charAt(end) == '的' || followedByEvidence(s, end))) {
                    String cand = s.substring(i, end);
                    if (!placeOwned(s, end) && noWordInside(cand) && !HanlpSupport.isPlaceOrOrganisation(cand)
                            && STOP_END.indexOf(cand.charAt(cand.length() - 1)) < 0) {
                        out.add(new Mention(cand, s, i, end));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * What a place has and a person does not (某某的市中心, 某某的街头, 某某的校园里): a transcription before 的 and one of
     * these is a foreign place the dictionary does not know.
     */
    private static final String[] PLACE_PARTS = {"市中心", "市区", "城区", "郊区", "市民", "市长", "市政府", "街头", "街道",
        "港口", "海滩", "海边", "夜景", "广场", "校园", "首都", "气候", "人口", "机场", "居民"};

    /** Whether 的 at {@code end} is followed by a word of {@link #PLACE_PARTS}. */
    static boolean placeOwned(String s, int end) {
        if (end >= s.length() || s.charAt(end) != '的') {
            return false;
        }
        for (String w : PLACE_PARTS) {
            if (s.startsWith(w, end + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Last characters of nouns for a person by their trade, art or standing (设计师, 指挥家, 能人, 歌手, 毒枭). */
    private static final String PERSON_NOUN_END = "师家手人匠枭星";
    /** Suffixes that make a noun for a person of a word (钢琴|家, 爱好|者, 网格|员, 传承|人, 种植|户). */
    private static final String DERIVED_END = "家者员手师人户";
    private static final String VERB_DERIVED_END = "者员人户";
    /**
     * Nouns of two characters for a person by their trade, standing or tie that end in no suffix of
     * {@link #PERSON_NOUN_END} (大户, 小哥, 业主, 同事, 邻居).
     */
    private static final Set<String> PERSON_NOUNS = Set.of("大户", "小哥", "业主", "店主", "车主", "房东", "同事", "搭档", "邻居",
            "战友", "网友", "读者", "患者", "作者", "学员", "队员", "老兵", "老乡", "骑手", "能手", "标兵", "模范", "楷模");

    /** Numerals, measures and determiners that open a count or a group, no noun for a person (一家, 两人, 各家). */
    private static final String NOT_A_PERSON_NOUN_START = "一二三四五六七八九十两几每各这那某本该全大众个他别";

    /**
     * The length of the dictionary noun for a person that ends right before {@code pos} (法国设计师|某某, 致富能人|某某):
     * 2–3 characters, a common noun or job title ending in {@link #PERSON_NOUN_END}, not a title the role rules read;
     * 0 if there is none.
     */
    static int personNounBefore(String s, int pos) {
        if (pos < 2 || PERSON_NOUN_END.indexOf(s.charAt(pos - 1)) < 0 && DERIVED_END.indexOf(s.charAt(pos - 1)) < 0
                && !PERSON_NOUNS.contains(s.substring(pos - 2, pos))) {
            return 0;
        }
        for (int k = 3; k >= 2; k--) {
            if (pos - k < 0) {
                continue;
            }
            String w = s.substring(pos - k, pos);
            // 家 of two is mostly a household or a business (一家, 商家, 国家); of three a person (艺术家, 企业家)
            if (PERSON_NOUNS.contains(w)) {
                return k;
            }
            if (w.charAt(k - 1) == '家' && k < 3 || NOT_A_PERSON_NOUN_START.indexOf(w.charAt(0)) >= 0) {
                continue;
            }
            if (HanlpSupport.isFirstACommonNoun(w) && (PERSON_NOUN_END + "者员").indexOf(w.charAt(k - 1)) >= 0
                    && !TITLE_AT.contains(w) && !BEFORE_ONLY_SET.contains(w)) {
                return k;
            }
            // a noun for a person the dictionary does not hold, made of a word and a person's suffix (钢琴|家, 爱好|者,
            // 网格|员, 传承|人)
            String stem = w.substring(0, k - 1);
            // (a verb and 家, 手 or 师 is a verb and its object: 实现|家…)
            if (k == 3 && DERIVED_END.indexOf(w.charAt(2)) >= 0 && !HanlpSupport.contains(w)
                    && (HanlpSupport.isFirstACommonNoun(stem)
                            || HanlpSupport.isFirstANounOrVerb(stem) && VERB_DERIVED_END.indexOf(w.charAt(2)) >= 0)) {
                return k;
            }
        }
        return 0;
    }

    /**
     * A name after a noun for a person that no title list holds (法国设计师某某某表示, 致富能人某某某带领…): the noun is
     * the dictionary's, ends in a person's suffix ({@link #personNounBefore}), and the name after it — 3 or 2
     * characters with a family name, or a run of 3–6 transcription characters — ends where punctuation, a person's
     * verb or a function word begins, or, as after a title ({@link #beforeAWord}), where a dictionary word begins. The
     * noun before and the verb, mark or word after are its evidence.
     */
    static List<Mention> fromPersonNoun(String s) {
        List<Mention> out = new ArrayList<>();
        int n = s.length();
        for (int pos = 2; pos < n; pos++) {
            // the noun ends where the name begins: its last character makes no word with the next (农村人|居环境 is 人居)
            if (personNounBefore(s, pos) == 0 || HanlpSupport.contains(s.substring(pos - 1, pos + 1))) {
                continue;
            }
            // a conjunction after a noun for a person joins another noun (患者和疑似病例), it opens no name
            if ("和与及同跟或".indexOf(s.charAt(pos)) >= 0) {
                continue;
            }
            Mention found = null;
            // a compound family name and two given characters make four (欧阳某某)
            int longest = pos + 2 <= n && Surnames.compoundSurname(s.substring(pos, pos + 2)) ? 4 : 3;
            for (int len = longest; len >= 2 && found == null; len--) {
                int end = pos + len;
                // the name's last character makes no word with what follows (某某|正在 is no 某某正 and 在)
                if (end >= n || !followedByEvidence(s, end) || HanlpSupport.contains(s.substring(end - 1, end + 1))) {
                    continue;
                }
                String cand = s.substring(pos, end);
                if (!withoutPlaceOrTime(cand).equals(cand)) {
                    continue;
                }
                // a conjunction or preposition that is also a family name opens a phrase (个人|和家庭), not a name
                // a family name and a given character that make an adjective or a verb (老人高兴地说) are no name;
                // a noun may be (诗人某光华: 余光 is a noun)
                String head = cand.substring(0, 2);
                // a name the dictionary knows first as a person's is a name
                boolean known = HanlpSupport.isFirstAPersonName(cand);
                if (valid(cand) && (!HanlpSupport.contains(cand) || known)
                        && (known || !HanlpSupport.isCommonVerb(cand.substring(1)))
                        && !(HanlpSupport.contains(head) && !HanlpSupport.isFirstACommonNoun(head)
                                && !HanlpSupport.isFirstAPersonName(head))
                        && !(len == 3 && HanlpSupport.contains(cand.substring(1)) && "和与及同跟或向对".indexOf(cand.charAt(0)) >= 0)
                        && "和与及同跟或".indexOf(cand.charAt(0)) < 0) {
                    found = new Mention(cand, s, pos, end);
                }
            }

            if (found == null) {
                int b = pos;
                while (b < n && b - pos < 6 && TRANSCRIPTION.indexOf(s.charAt(b)) >= 0) {
                    b++;
                }
                for (int end = b; end - pos >= 3 && found == null; end--) {
                    // the whole run, before a dictionary word that starts where it ends (某某某|每天), is a name too
                    if (end < n && (followedByEvidence(s, end)
                            || end == b && end + 2 <= n && HanlpSupport.contains(s.substring(end, end + 2)))) {
                        String cand = s.substring(pos, end);
                        if (noWordInside(cand) && !HanlpSupport.isPlaceOrOrganisation(cand)
                                && STOP_END.indexOf(cand.charAt(cand.length() - 1)) < 0) {
                            found = new Mention(cand, s, pos, end);
                        }
                        break;
                    }
                }
            }
            if (found == null) {
                // a name that runs on into the rest of the clause (致富能人某某某回乡办厂)
                found = beforeAWord(s, pos);
            }
            if (found != null) {
                out.add(found);
            }
        }
        return out;
    }

    /** Whether no part of {@code w} of two characters or more is a dictionary word. */
    static boolean noWordInside(String w) {
        for (int a = 0; a < w.length(); a++) {
            for (int b = a + 2; b <= w.length(); b++) {
                if (HanlpSupport.contains(w.substring(a, b))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the clause at {@code start} opens a sentence with three transcription characters. */
    private static boolean opensWithTranscription(String s, int start) {
        if (start + 3 > s.length() || start > 0 && SENTENCE_START.indexOf(s.charAt(start - 1)) < 0) {
            return false;
        }
        for (int k = start; k < start + 3; k++) {
            if (TRANSCRIPTION.indexOf(s.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    static List<Mention> fromDotted(String s) {
        List<Mention> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (DOTS.indexOf(s.charAt(i)) < 0) {
                i++;
                continue;
            }
            int a = i;
            while (a > 0 && i - a < 8 && TRANSCRIPTION.indexOf(s.charAt(a - 1)) >= 0) {
                a--;
            }
            int b = i;
            int parts = 0;
            boolean ok = i - a >= 2;
            while (ok && b < n && DOTS.indexOf(s.charAt(b)) >= 0 && parts < 3) {
                int c = b + 1;
                while (c < n && c - b <= 8 && TRANSCRIPTION.indexOf(s.charAt(c)) >= 0) {
                    c++;
                }
                // 则 transcribes a syllable but also opens a clause (拉韦尔则表示): cut it there
                if (c - 1 > b + 1 && s.charAt(c - 1) == '则' && afterAt(s, c, 6)) {
                    c--;
                }
                // a run that swallowed the first character of the verb after it (加库代|表): end before that verb
                if (c - 1 > b + 2 && !followedByEvidence(s, c) && followedByEvidence(s, c - 1)) {
                    c--;
                } else if (c - 1 > b + 2 && c < n && TRANSCRIPTION.indexOf(s.charAt(c)) < 0 && TextCleaner.isCjk(s.charAt(c))
                        && HanlpSupport.contains(s.substring(c - 1, c + 1))) {
                    // or the first character of any dictionary word after it (某某·某某毕|业于): end before that word
                    c--;
                }
                if (c - b - 1 < 2) {
                    ok = parts > 0;
                    break;
                }
                b = c;
                parts++;
            }
            if (ok && parts > 0) {
                String name = s.substring(a, b).replace('•', '·').replace('・', '·');
                if (!HanlpSupport.contains(name)) {
                    out.add(new Mention(name, s, a, b));
                }
                i = b;
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean partOfLonger(String n, Set<String> names, List<Mention> mentions) {
        String longer = null;
        for (String o : names) {
            if (o.length() > n.length() && o.endsWith(n)) {
                longer = o;
                break;
            }
        }
        if (longer == null) {
            return false;
        }
        for (Mention m : mentions) {
            if (m.name.equals(n)) {
                int from = m.start - (longer.length() - n.length());
                if (from < 0 || !m.text.startsWith(longer, from)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean hasContext(Mention m) {
        String s = m.text;
        String before = s.substring(Math.max(0, m.start - 8), m.start);
        if (ROLE_BEFORE.endsAny(before) || STATUS_BEFORE.endsAny(before) && followedByEvidence(s, m.end)) {
            return true;
        }
        // 某某等 ends a list of things when a word for things follows (某某、某某等街道, 某某等12个小区)
        if (listOfThings(s, m.end)) {
            return false;
        }
        // a word ending in an administrative unit before a title is the place or body it heads (某某镇镇长)
        if (UNIT_END.indexOf(m.name.charAt(m.name.length() - 1)) >= 0 && TITLE_AT.anyAt(s, m.end, m.end + 8)) {
            return false;
        }
        // what only a person does (某某夫妇, 某某毕业于) is evidence for a name that starts where a word can: a name
        // the recogniser read without its family name (柏|文澜老人) has none
        if (!AFTER_CORE.anyAt(s, m.end, m.end + 8) && PREDICATES.anyAt(s, m.end, m.end + 8)) {
            return m.start == 0 || DELIMS.indexOf(s.charAt(m.start - 1)) >= 0
                    || NAME_OPENERS.indexOf(s.charAt(m.start - 1)) >= 0 || SENTENCE_START.indexOf(s.charAt(m.start - 1)) >= 0;
        }
        return afterAt(s, m.end, 8);
    }

    /**
     * Words for places, bodies and things that a list ends in after 等 (某某、某某等街道, 某某等三家企业, 某某等品牌): the
     * items are no people, and 等 is then no person's evidence. Single characters are not listed: 等区领导 and 等市民
     * are people.
     */
    private static final String[] THINGS = ("小区|社区|街道|街镇|乡镇|城市|国家|地区|地方|省份|学校|小学|中学|高校|院校|大学|幼儿园|"
            + "医院|企业|公司|集团|品牌|单位|机构|部门|场馆|场所|公园|景点|景区|商场|超市|便利店|门店|商家|商户|店铺|银行|平台|"
            + "项目|产品|路段|道路|马路|楼宇|园区|基地|街区|商圈|菜场|市场|餐厅|饭店|酒店|剧院|影院|书店|媒体|网站|协会|组织|课程|"
            + "节目|活动|作品|图书|电影|游戏|品种|赛事|车站|站点|地铁站|线路|商业体|文化馆|图书馆|博物馆|美术馆|展馆|地").split("\\|");
    /** Numerals and measure words between 等 and the word for what the list holds (等12个小区, 等三家企业). */
    private static final String COUNT = "0123456789０１２３４５６７８９一二三四五六七八九十百千万余多几数两";
    private static final String THING_MEASURES = "个所家座条项处只款类批场部本";
    /** Words for people that may follow a word for things (等学校负责人, 等企业代表): then the list holds people. */
    private static final WordTable PEOPLE_AFTER_THINGS = WordTable.of("领导|负责人|代表|干部|师生|员工|职工|人员|居民|"
            + "家长|老师|志愿者|党员|人士|" + withoutProfessions(BylineExtractor.ROLE_WORDS));

    /**
     * Whether 等 at {@code end} closes a list of things: a word of {@link #THINGS} follows it, after a count (等12个小区),
     * and no word for people follows that word (等学校负责人).
     */
    static boolean listOfThings(String s, int end) {
        if (!s.startsWith("等", end)) {
            return false;
        }
        int j = end + 1;
        boolean counted = false;
        while (j < s.length() && COUNT.indexOf(s.charAt(j)) >= 0) {
            j++;
            counted = true;
        }
        if (counted && j < s.length() && THING_MEASURES.indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        for (String w : THINGS) {
            if (s.startsWith(w, j)) {
                int k = j + w.length();
                return !PEOPLE_AFTER_THINGS.anyAt(s, k, k + 8);
            }
        }
        return false;
    }

    /**
     * A list item of two characters that is a dictionary word but shaped like a name: a family name first, no place,
     * body or function word (甘露, 高峰, 金鑫). Such an item is a name only between two accepted names
     * (某某某、甘露、某某某), see {@link #betweenAccepted}; nothing else is evidence for it.
     */
    static boolean nameShapedWord(String item) {
        return item.length() == 2 && HanlpSupport.isCommonNonPersonWord(item) && Surnames.startsWithSurname(item)
                && !HanlpSupport.isPlaceOrOrganisation(item) && STOP_END.indexOf(item.charAt(1)) < 0
                && STOP_ANY.indexOf(item.charAt(1)) < 0 && !agentNoun(item) && !BylineExtractor.endsWithRole(item)
                && UNIT_END.indexOf(item.charAt(1)) < 0;
    }

    /** Whether the list items right before and right after {@code m} are both accepted names. */
    static boolean betweenAccepted(Mention m, Set<String> accepted) {
        String s = m.text;
        if (m.start == 0 || m.end >= s.length() || s.charAt(m.start - 1) != '、' || s.charAt(m.end) != '、') {
            return false;
        }
        String prev = itemBefore(s, m.start - 1);
        String next = itemAfter(s, m.end + 1);
        return prev != null && next != null && (accepted.contains(prev) || endsWithAccepted(prev, accepted))
                && startsWithAccepted(next, accepted);
    }

    private static boolean listedWithAccepted(Mention m, Set<String> accepted) {
        String s = m.text;
        if (HanlpSupport.isCommonNonPersonWord(m.name)) {
            return betweenAccepted(m, accepted);
        }
        if (m.end < s.length() && s.charAt(m.end) == '、') {
            String next = itemAfter(s, m.end + 1);
            if (next != null && startsWithAccepted(next, accepted)) {
                return true;
            }
            // one item the rules could not read (a transcription, a rare name) does not break a list of names
            int b = m.end + 1 + (next == null ? 0 : next.length());
            if (next != null && shortItem(next) && b < s.length() && s.charAt(b) == '、') {
                String after = itemAfter(s, b + 1);
                if (after != null && shortItem(after) && accepted.contains(after)) {
                    return true;
                }
            }
        }
        if (m.start > 0 && s.charAt(m.start - 1) == '、') {
            String prev = itemBefore(s, m.start - 1);
            if (prev != null && (accepted.contains(prev) || endsWithAccepted(prev, accepted))) {
                return true;
            }
            int a = m.start - 1 - (prev == null ? 0 : prev.length());
            if (prev != null && shortItem(prev) && a > 0 && s.charAt(a - 1) == '、') {
                String before = itemBefore(s, a - 1);
                if (before != null && shortItem(before) && accepted.contains(before)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A list item of 2–4 Chinese characters (the length of a name). */
    private static boolean shortItem(String item) {
        if (item.length() < 2 || item.length() > 4) {
            return false;
        }
        for (int i = 0; i < item.length(); i++) {
            if (!TextCleaner.isCjk(item.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithAccepted(String item, Set<String> accepted) {
        for (int k = 2; k <= 4 && k <= item.length(); k++) {
            if (accepted.contains(item.substring(item.length() - k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAccepted(String item, Set<String> accepted) {
        for (int k = 2; k <= 4 && k <= item.length(); k++) {
            if (accepted.contains(item.substring(0, k))) {
                return true;
            }
        }
        return false;
    }

    private static String itemAfter(String s, int from) {
        int b = from;
        while (b < s.length() && DELIMS.indexOf(s.charAt(b)) < 0 && b - from < 12) {
            b++;
        }
        return b == from ? null : s.substring(from, b);
    }

    private static String itemBefore(String s, int to) {
        int a = to;
        while (a > 0 && DELIMS.indexOf(s.charAt(a - 1)) < 0 && to - a < 12) {
            a--;
        }
        return a == to ? null : s.substring(a, to);
    }

    static boolean valid(String name) {
        return valid(name, false);
    }

    /**
     * @param evenAPlace a word the dictionary knows first as a person name and also as a place (a historical person a
     *     city is named after) passes when the recogniser tagged it a person in its sentence
     */
    static boolean valid(String name, boolean evenAPlace) {
        if (name == null) {
            return false;
        }
        int n = name.length();
        boolean dotted = name.indexOf('·') > 0;
        if (n < 2 || n > (dotted ? 12 : 4)) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (!TextCleaner.isCjk(c) && c != '·') {
                return false;
            }
        }
        if (!dotted && !Surnames.startsWithSurname(name)) {
            return false;
        }
        if (STOP_END.indexOf(name.charAt(n - 1)) >= 0 || agentNoun(name) || addressed(name)) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            if (STOP_ANY.indexOf(name.charAt(i)) >= 0) {
                return false;
            }
        }
        if (HanlpSupport.isCommonNonPersonWord(name) || !evenAPlace && HanlpSupport.isPlaceOrOrganisation(name)) {
            return false;
        }
        return !BylineExtractor.endsWithRole(name) && !new HashSet<>(List.of("总书记")).contains(name);
    }
}
