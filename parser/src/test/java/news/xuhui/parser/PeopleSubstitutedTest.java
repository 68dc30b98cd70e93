package news.xuhui.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * People on the annotated articles of both people sets (people-heldout, people-fresh) after <em>name
 * substitution</em>: with a fixed random seed every annotated person's name is replaced, everywhere on its page and in
 * its gold, by a synthetic name of the same kind and length. Chinese names get a family name drawn by frequency
 * (王 李 张 … down to rare ones and a few compound ones, 欧阳 司马) and given-name characters from a list of typical
 * ones; foreign and minority names get a different transcription built from common transcription syllables, keeping
 * the · structure. A substitute is redrawn when the page already holds it or the core dictionary knows it as a
 * non-name word. Context (titles, verbs, lists, bylines) is kept, the names are ones no rule was written on: the
 * figure measures the rules, not the names they were tuned on, and it cannot be overfitted by looking at names.
 * Names keep their length, so the page layout is unchanged; 某 and 小姐 in 王某, 王小姐 are kept, one-character
 * names are not replaced, and a short form inside a longer annotated name gets the same part of its substitute.
 *
 * <p>Before any rule change (the rules of parser 1.8.0; seeds 1–5, both sets together, 148 names a seed): recall
 * 119, 123, 120, 117, 127 /148 (mean 0.819), precision 157/157, 162/163, 159/160, 156/158, 166/168 (mean 0.993);
 * the same articles unsubstituted read 131/148 (0.885). That is the honest figure for names the rules have never
 * seen. Misses then: transcriptions with no title or verb beside them, three-character names HanLP cuts to two
 * (and keeps the two: false people), names whose only evidence is a title in another sentence.
 *
 * <p>With the rules of branch parser-people (a person-only title after a name inside a clause, a name ending where a
 * function or time word or a dictionary word begins, more verbs of saying, a transcription of four and one unread
 * item inside a name list, cut names the recogniser tags in pieces, a name taken up by 他/她, an unknown
 * transcription opening a sentence, a misread name inside an accepted one dropped): seeds 1–5 recall 140, 138, 140,
 * 140, 140 /148 (mean 0.943), precision 178/178, 177/177, 179/179, 179/179, 179/179 (mean 1.000). Seeds 6–15, never
 * used while writing the rules: before 1197/1480 (0.809), precision 0.984; after 1391/1480 (0.940), precision 0.998.
 * The names are new to the rules but the contexts were looked at, so this is still partly a development figure;
 * what it shows is that the rules no longer depend on the names they were written on. Still missed: a name whose
 * only title is in another article of the page (one article is read at a time), names after nouns no title list
 * holds (致富能人, 大毒枭), foreign names after 的 or before 的 inside a sentence, one-character names.
 *
 * <p>Parser 1.9.0: seeds 1–5 mean recall 0.958, precision 1.000. With the rules of parser 1.10.0 (a name after a
 * dictionary noun for a person, {@link PeopleFinder#fromPersonNoun}; decoy rules, see {@link PeopleDecoyTest}):
 * recall 144, 143, 144, 144, 144 /148 (mean 0.972), precision 1.000.
 *
 * <p>Run with {@code -Dpeople.seeds=6,7,8} for other seeds and {@code -Dpeople.verbose=true} to print the
 * substitutions, misses with their context and false people, and to write the substituted pages under
 * {@code java.io.tmpdir}/people-substituted.
 */
class PeopleSubstitutedTest {

    static final double MIN_RECALL = 0.93;
    static final double MIN_PRECISION = 0.99;
    static final long[] SEEDS = seeds(System.getProperty("people.seeds", "1,2,3,4,5"));
    private static final boolean VERBOSE = Boolean.getBoolean("people.verbose");

    private static long[] seeds(String list) {
        return java.util.Arrays.stream(list.split(",")).mapToLong(x -> Long.parseLong(x.trim())).toArray();
    }

    @Test
    void peopleOfSubstitutedArticles() throws Exception {
        double recall = 0;
        double precision = 0;
        StringBuilder lines = new StringBuilder();
        for (long seed : SEEDS) {
            PeopleHeldOutTest.Result a = score("people-heldout", seed, VERBOSE);
            PeopleHeldOutTest.Result b = score("people-fresh", seed, VERBOSE);
            int wanted = a.wanted() + b.wanted();
            int found = a.found() + b.found();
            int listed = a.listed() + b.listed();
            int right = a.right() + b.right();
            String line = String.format("seed %d: recall %d/%d (%.3f) precision %d/%d (%.3f)  [heldout %d/%d %d/%d,"
                    + " fresh %d/%d %d/%d]", seed, found, wanted, found / (double) wanted, right, listed,
                    right / (double) Math.max(1, listed), a.found(), a.wanted(), a.right(), a.listed(), b.found(),
                    b.wanted(), b.right(), b.listed());
            System.out.println(line);
            lines.append(line).append('\n');
            assertTrue(wanted >= 140, line);
            recall += found / (double) wanted;
            precision += right / (double) Math.max(1, listed);
        }
        recall /= SEEDS.length;
        precision /= SEEDS.length;
        String mean = String.format("substituted people, mean of %d seeds: recall %.3f precision %.3f", SEEDS.length,
                recall, precision);
        System.out.println(mean);
        assertTrue(recall >= MIN_RECALL, lines + mean);
        assertTrue(precision >= MIN_PRECISION, lines + mean);
    }

    /** Family names with rough weights (per mille of the population, rounded; the rarer ones get 1). */
    private static final String[][] FAMILY = {
        {"王", "72"}, {"李", "72"}, {"张", "68"}, {"刘", "53"}, {"陈", "46"}, {"杨", "31"}, {"黄", "22"}, {"赵", "22"},
        {"吴", "20"}, {"周", "19"}, {"徐", "15"}, {"孙", "15"}, {"马", "13"}, {"朱", "13"}, {"胡", "12"}, {"郭", "12"},
        {"何", "12"}, {"高", "11"}, {"林", "11"}, {"罗", "10"}, {"郑", "10"}, {"梁", "9"}, {"谢", "8"}, {"宋", "8"},
        {"唐", "8"}, {"许", "7"}, {"韩", "7"}, {"冯", "7"}, {"邓", "7"}, {"曹", "7"}, {"彭", "6"}, {"曾", "6"},
        {"肖", "6"}, {"田", "6"}, {"董", "5"}, {"袁", "5"}, {"潘", "5"}, {"于", "5"}, {"蒋", "5"}, {"蔡", "5"},
        {"余", "5"}, {"杜", "5"}, {"叶", "4"}, {"程", "4"}, {"苏", "4"}, {"魏", "4"}, {"吕", "4"}, {"丁", "4"},
        {"任", "4"}, {"沈", "4"}, {"姚", "3"}, {"卢", "3"}, {"姜", "3"}, {"崔", "3"}, {"钟", "3"}, {"谭", "3"},
        {"陆", "3"}, {"汪", "3"}, {"范", "3"}, {"金", "3"}, {"石", "3"}, {"廖", "3"}, {"贾", "3"}, {"夏", "3"},
        {"韦", "2"}, {"付", "2"}, {"方", "2"}, {"白", "2"}, {"邹", "2"}, {"孟", "2"}, {"熊", "2"}, {"秦", "2"},
        {"邱", "2"}, {"江", "2"}, {"尹", "2"}, {"薛", "2"}, {"闫", "2"}, {"段", "2"}, {"雷", "2"}, {"侯", "2"},
        {"龙", "2"}, {"史", "2"}, {"陶", "2"}, {"黎", "2"}, {"贺", "2"}, {"顾", "2"}, {"毛", "2"}, {"郝", "2"},
        {"龚", "2"}, {"邵", "2"}, {"万", "2"}, {"钱", "2"}, {"严", "2"}, {"覃", "1"}, {"武", "1"}, {"戴", "1"},
        {"莫", "1"}, {"孔", "1"}, {"向", "1"}, {"汤", "1"}, {"常", "1"}, {"温", "1"}, {"康", "1"}, {"施", "1"},
        {"牛", "1"}, {"樊", "1"}, {"葛", "1"}, {"邢", "1"}, {"安", "1"}, {"齐", "1"}, {"易", "1"}, {"乔", "1"},
        {"伍", "1"}, {"庞", "1"}, {"颜", "1"}, {"倪", "1"}, {"庄", "1"}, {"聂", "1"}, {"章", "1"}, {"鲁", "1"},
        {"岳", "1"}, {"翟", "1"}, {"殷", "1"}, {"詹", "1"}, {"申", "1"}, {"耿", "1"}, {"关", "1"}, {"兰", "1"},
        {"焦", "1"}, {"俞", "1"}, {"左", "1"}, {"柳", "1"}, {"甘", "1"}, {"祝", "1"}, {"包", "1"}, {"宁", "1"},
        {"尚", "1"}, {"符", "1"}, {"舒", "1"}, {"阮", "1"}, {"柯", "1"}, {"纪", "1"}, {"梅", "1"}, {"童", "1"},
        {"凌", "1"}, {"毕", "1"}, {"单", "1"}, {"季", "1"}, {"裴", "1"}, {"霍", "1"}, {"涂", "1"}, {"成", "1"},
        {"苗", "1"}, {"谷", "1"}, {"盛", "1"}, {"曲", "1"}, {"翁", "1"}, {"冉", "1"}, {"骆", "1"}, {"蓝", "1"},
        {"路", "1"}, {"游", "1"}, {"辛", "1"}, {"靳", "1"}, {"管", "1"}, {"柴", "1"}, {"鲍", "1"}, {"华", "1"},
        {"喻", "1"}, {"祁", "1"}, {"房", "1"}, {"滕", "1"}, {"屈", "1"}, {"饶", "1"}, {"解", "1"}, {"牟", "1"},
        {"艾", "1"}, {"尤", "1"}, {"穆", "1"}, {"卓", "1"}, {"缪", "1"}, {"岑", "1"}, {"栾", "1"}, {"邝", "1"},
        {"习", "1"}, {"栗", "1"}, {"吉", "1"}, {"毋", "1"}, {"巩", "1"}, {"和", "1"}, {"谈", "1"}, {"邰", "1"},
        {"苟", "1"}, {"洪", "1"}, {"晁", "1"}, {"芮", "1"}, {"卞", "1"}, {"邬", "1"}, {"巫", "1"}, {"蔺", "1"},
        {"禹", "1"}, {"甄", "1"}, {"阚", "1"}, {"隋", "1"}, {"衣", "1"}, {"勾", "1"}, {"冼", "1"}, {"訾", "1"},
        {"欧阳", "1"}, {"司马", "1"}, {"上官", "1"}, {"诸葛", "1"}, {"司徒", "1"}, {"皇甫", "1"}, {"东方", "1"},
    };

    /** Characters typical of given names. */
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰文辉建国红志鹏飞宇浩婷雪琳晨欣"
            + "怡佳思梓轩涵博俊嘉亮斌峰春海云林丹颖晓慧倩燕凤梅宁晶彬鑫昊睿哲瑞淑珍荣波健翔坤凯锋鸿毅琦璐瑶蕾薇萍莹璇"
            + "岚婧茜蓉虹霖泽宏振德永福祥龙松柏耀铭航辰煜晗逸钰楠";

    /** Common transcription syllables: those that open a name, and all of them. */
    private static final String FOREIGN_FIRST = "阿巴贝波布达德迪杜菲弗格哈赫霍吉卡凯科克库拉莱兰劳勒里利卢罗马迈梅米莫穆纳"
            + "尼诺帕佩皮普萨塞桑索塔特托瓦威维沃西谢伊扎约乔杰埃奥安";
    private static final String FOREIGN_ANY = FOREIGN_FIRST + "斯特尔克拉维奇娜莉亚德森诺夫曼顿逊尼姆恩丁科娃耶莎丽琳伦";

    private static int familyTotal() {
        int t = 0;
        for (String[] f : FAMILY) {
            t += Integer.parseInt(f[1]);
        }
        return t;
    }

    private static final int FAMILY_TOTAL = familyTotal();
    private static final Set<Character> CHINESE_FAMILY = new HashSet<>();

    static {
        for (String[] f : FAMILY) {
            if (f[0].length() == 1) {
                CHINESE_FAMILY.add(f[0].charAt(0));
            }
        }
    }

    private static String family(Random r, int maxLen) {
        while (true) {
            int x = r.nextInt(FAMILY_TOTAL);
            for (String[] f : FAMILY) {
                x -= Integer.parseInt(f[1]);
                if (x < 0) {
                    if (f[0].length() <= maxLen) {
                        return f[0];
                    }
                    break;
                }
            }
        }
    }

    private static char pick(Random r, String chars) {
        return chars.charAt(r.nextInt(chars.length()));
    }

    /**
     * Whether {@code name} reads as a Chinese name: 2–3 characters after a family name of the list, or 3–4 after a
     * compound one. Others (dotted, longer, or after no listed family name) are taken as transcriptions.
     */
    static boolean chinese(String name) {
        if (name.indexOf('·') >= 0) {
            return false;
        }
        if (Surnames.compoundSurname(name) && name.length() >= 3 && name.length() <= 4) {
            return true;
        }
        return name.length() <= 3 && CHINESE_FAMILY.contains(name.charAt(0));
    }

    /** One synthetic substitute of the same kind and length as {@code name}. */
    static String synthesise(String name, Random r) {
        StringBuilder b = new StringBuilder();
        if (name.contains("某") || name.endsWith("小姐") || name.endsWith("先生") || name.endsWith("女士")) {
            // a family name with 某 or a form of address: only the family name changes
            b.append(family(r, 1)).append(name.substring(1));
            return b.toString();
        }
        if (chinese(name)) {
            String f = family(r, name.length() - 1);
            b.append(f);
            while (b.length() < name.length()) {
                b.append(pick(r, GIVEN));
            }
            return b.toString();
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '·') {
                b.append(c);
            } else {
                boolean first = i == 0 || name.charAt(i - 1) == '·';
                b.append(pick(r, first ? FOREIGN_FIRST : FOREIGN_ANY));
            }
        }
        return b.toString();
    }

    /**
     * Substitutes for {@code names} (longest first; a name inside a longer one takes the same part of its substitute),
     * none in {@code text}, none a dictionary non-name word, no two alike.
     */
    static Map<String, String> substitutes(Set<String> names, String text, Random r) {
        List<String> order = new ArrayList<>(names);
        order.removeIf(n -> n.length() < 2);
        order.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (String n : order) {
            String derived = null;
            for (Map.Entry<String, String> e : out.entrySet()) {
                int k = e.getKey().indexOf(n);
                if (k >= 0) {
                    derived = e.getValue().substring(k, k + n.length());
                    break;
                }
            }
            if (derived != null) {
                out.put(n, derived);
                continue;
            }
            for (int attempt = 0; ; attempt++) {
                String s = synthesise(n, r);
                boolean bad = s.equals(n) || used.contains(s) || text.contains(s)
                        || HanlpSupport.isCommonNonPersonWord(s.replace("·", ""));
                for (String o : names) {
                    bad |= s.contains(o) || o.length() >= 2 && o.contains(s);
                }
                if (!bad || attempt > 200) {
                    out.put(n, s);
                    used.add(s);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\u3000' || c == '\t' || c == '\r' || c == '\n';
    }

    /**
     * Replaces every occurrence of each name, also one a line break or OCR spaces cut (张\n三), character by character
     * so the whitespace stays; longer names first, and a character replaced once is not replaced again.
     */
    static String apply(String text, Map<String, String> subs) {
        char[] out = text.toCharArray();
        boolean[] done = new boolean[out.length];
        List<String> order = new ArrayList<>(subs.keySet());
        order.sort(Comparator.comparingInt(String::length).reversed());
        for (String n : order) {
            String s = subs.get(n);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) != n.charAt(0) || done[i]) {
                    continue;
                }
                int[] at = new int[n.length()];
                at[0] = i;
                int j = i + 1;
                boolean ok = true;
                for (int k = 1; k < n.length() && ok; k++) {
                    int gap = 0;
                    while (j < text.length() && space(text.charAt(j)) && gap < 8) {
                        j++;
                        gap++;
                    }
                    ok = j < text.length() && text.charAt(j) == n.charAt(k) && !done[j];
                    at[k] = j++;
                }
                if (!ok) {
                    continue;
                }
                for (int k = 0; k < at.length; k++) {
                    out[at[k]] = s.charAt(k);
                    done[at[k]] = true;
                }
            }
        }
        return new String(out);
    }

    /** Scores the parse of the annotated pages of {@code dir} after substituting its names with seed {@code seed}. */
    static PeopleHeldOutTest.Result score(String dir, long seed, boolean verbose) throws Exception {
        Path dev = Path.of("src", "test", "resources", "dev");
        Map<String, List<JsonNode>> byFile = PeopleHeldOutTest.annotationsByFile(dir);
        Random random = new Random(seed * 7919 + dir.hashCode());
        PageParser parser = new PageParser(ParserOptions.defaults());
        ParseScorer.Stats total = new ParseScorer.Stats();
        for (Map.Entry<String, List<JsonNode>> e : byFile.entrySet()) {
            String goldText = Files.readString(dev.resolve("gold").resolve(e.getKey()));
            String pageFile = ParseScorer.JSON.readTree(goldText).get("file").asText();
            Path page = dev.resolve("pages").resolve(pageFile);
            String pageText = new String(Files.readAllBytes(page), StandardCharsets.UTF_8);
            Set<String> names = new LinkedHashSet<>();
            for (JsonNode a : e.getValue()) {
                a.get("peopleMustInclude").forEach(x -> names.add(x.asText()));
                a.get("peopleAllowed").forEach(x -> names.add(x.asText()));
            }
            Map<String, String> subs = substitutes(names, pageText + goldText, random);
            ObjectNode gold = (ObjectNode) ParseScorer.JSON.readTree(apply(goldText, subs));
            for (JsonNode a : e.getValue()) {
                ObjectNode art = (ObjectNode) gold.get("articles").get(a.get("article").asInt());
                art.set("peopleMustInclude", mapped(a.get("peopleMustInclude"), subs));
                art.set("peopleAllowed", mapped(a.get("peopleAllowed"), subs));
            }
            String substituted = apply(pageText, subs);
            ParsedPage parsed = parser.parse(substituted.getBytes(StandardCharsets.UTF_8), pageFile);
            ParseScorer.Stats st = ParseScorer.scoreFile(gold, ParseScorer.JSON.valueToTree(parsed), true);
            total.addAll(st);
            if (verbose) {
                Path dump = Path.of(System.getProperty("java.io.tmpdir"), "people-substituted", dir + "-" + seed);
                Files.createDirectories(dump);
                Files.writeString(dump.resolve(pageFile), substituted);
                System.out.println(e.getKey() + " " + subs);
                for (String row : st.rows) {
                    if (row.contains("not people") || row.contains("person missing")) {
                        System.out.println(row);
                    }
                    if (row.contains("person missing")) {
                        String who = row.substring(row.indexOf(':') + 2);
                        String flat = substituted.replaceAll("\\s+", "");
                        for (int i = flat.indexOf(who), k = 0; i >= 0 && k < 3; i = flat.indexOf(who, i + 1), k++) {
                            System.out.println("        | " + flat.substring(Math.max(0, i - 14),
                                    Math.min(flat.length(), i + who.length() + 10)));
                        }
                    }
                }
            }
        }
        return new PeopleHeldOutTest.Result(total.i("ppl_n"), total.i("ppl_ok"), total.i("pplp_n"),
                total.i("pplp_ok"), dir + " seed " + seed + " people: recall " + total.ratio("ppl_ok", "ppl_n")
                        + " precision " + total.ratio("pplp_ok", "pplp_n"));
    }

    private static ArrayNode mapped(JsonNode names, Map<String, String> subs) {
        ArrayNode out = ParseScorer.JSON.createArrayNode();
        for (JsonNode n : names) {
            out.add(subs.getOrDefault(n.asText(), n.asText()));
        }
        return out;
    }

    /** Prints the substitutions, misses and false people of one seed (a development aid, not a test). */
    public static void main(String[] args) throws Exception {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        for (String dir : List.of("people-heldout", "people-fresh")) {
            System.out.println(score(dir, seed, true).line());
        }
    }
}
