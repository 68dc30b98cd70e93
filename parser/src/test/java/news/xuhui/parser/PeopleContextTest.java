package news.xuhui.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * People in <em>made-up contexts</em>: every person of both annotation sets (people-heldout, people-fresh), a
 * synthetic substitute for each ({@link PeopleSubstitutedTest#substitutes}, fixed seed) and a few made-up names with
 * compound family names (欧阳, 司马, 上官 …) are put into sentence templates written for this test, not taken from any
 * page: role nouns no title list holds (种粮大户某某), kin and colleagues (某某的妻子某某), lists (某某、某某、某某等),
 * quotes and verbs of saying (某某说：, 据某某介绍, 在某某看来), and bare names before a verb or 的 with nothing else
 * beside them. Each sentence is read on its own, as a page of its own: no other article titles its names. Decoy
 * sentences, also made up, use words shaped like names (高新, 万家, 金山, 马路, 向前, 文明, 于是, 和平) as places, bodies
 * and ordinary words, many in the same contexts (a role noun before 高兴地说, 据某某社区介绍): every name found there is
 * false. Names found in a template sentence that are not the inserted ones are false too.
 *
 * <p>The templates come in three parts: {@link #DEV} guided the rules (its misses were read), {@link #HELD} was written
 * at the same time and only its totals were looked at, so it measures whether a rule is general; {@link #FRESH} was
 * written after the rules (see below).
 *
 * <p>Before any rule written against it (parser-people at 0a29f54, 258 names): {@link #DEV} recall 2184/7740
 * (0.282), precision 2184/2220 (0.984); {@link #HELD} recall 2598/7482 (0.347), precision 2598/2676 (0.971); decoys
 * 2 false names in 60 sentences (高兴地, twice: an adverb before 说). Misses then: the recogniser reads only sentences
 * with a title, a verb of saying or a list mark, so a bare name (某某每天…, 某某的店…, 在某某看来) is never proposed;
 * names after role nouns of no list (种粮大户, 快递小哥, 搭档, 同事); names of four with a compound family name, cut to
 * three; dotted names that swallow the first character of the word after them (某某·某某毕|业于).
 *
 * <p>With the rules written against {@link #DEV} ({@link PeopleFrames}; {@link PeopleFinder#PERSON_PREDICATES}; nouns
 * for a person of two characters or made with a suffix; compound family names the recogniser cuts; a dotted name
 * ending before a word; 地 ending no name): {@link #DEV} recall 6094/7740 (0.787), precision 6094/6109 (0.998);
 * {@link #HELD} recall 3909/7482 (0.522), precision 3909/3951 (0.989); decoys 0 false. The gap between the halves is
 * what the rules owe to the contexts they were written on: {@link #HELD}'s +0.175 is the honest gain. Still missed in
 * both: bare names before an ordinary verb or 的 (某某每天…, 某某的店…, 来自远方的某某已经…), names of two characters
 * whose given character is a common word, and names after nouns the lists and the dictionary do not hold.
 *
 * <p>{@link #FRESH} and {@link #FRESH_DECOYS} were written after those rules (at 440c908) and measured once, on the
 * rules before any of them (245ea05) and on those rules: recall 1142/5934 (0.192) → 2408/5934 (0.406), precision
 * 1142/1190 (0.960) → 2408/2429 (0.991), decoys 0 → 0 false in 20 sentences. That is the held-out figure of the
 * rules: neither the names nor these contexts were looked at while writing them. One rule came after it: more kin
 * nouns before a name (老伴, 儿媳, 哥哥 … in {@link PeopleFinder#MORE_ROLES}, the brief's 某某的妻子某某 kind), written
 * knowing all three parts' templates: dev 0.787 → 0.787, held 0.522 → 0.550, fresh 0.406 → 0.441 (precision 0.998,
 * 0.988, 0.989), decoys 0.
 *
 * <p>Run with {@code -Dpeople.verbose=true} to print the misses and false names of the {@link #DEV} half.
 */
class PeopleContextTest {

    private static final boolean VERBOSE = Boolean.getBoolean("people.verbose");

    /** Made-up names with compound family names. */
    static final List<String> COMPOUND = List.of("欧阳明轩", "司马静怡", "上官云飞", "诸葛文博", "欧阳丹", "司徒慧", "皇甫嘉宁",
            "东方宇", "上官婉清", "司马平");

    /**
     * Templates that guided the rules. {N} is the person; {M} and {K} are other people of the same run.
     */
    static final List<String> DEV = List.of(
            "镇上的种粮大户{N}今年又扩种了两百亩小麦。",
            "快递小哥{N}每天要跑一百多单。",
            "非遗传承人{N}正在教孩子们剪纸。",
            "社区网格员{N}挨家挨户登记信息。",
            "钢琴家{N}将在音乐厅举办独奏会。",
            "小区业主{N}第一个在倡议书上签了名。",
            "摄影爱好者{N}拍下了这一幕。",
            "{M}的妻子{N}也是一名护士。",
            "他的搭档{N}负责后勤保障。",
            "同事{N}回忆起那天的情景，仍然很激动。",
            "{N}，1985年出生，现任某公司技术总监。",
            "{N}、{M}、{K}等人获得表彰。",
            "获奖者包括{N}、{M}和{K}。",
            "“日子越过越红火了。”{N}笑着说。",
            "据{N}介绍，这批树苗将在月底前栽种完毕。",
            "在{N}看来，做公益是一件快乐的事。",
            "{N}告诉记者，这里以前是一片荒地。",
            "提起这段经历，{N}感慨万千。",
            "{N}每天清晨六点就来到菜场。",
            "{N}毕业于某某大学建筑系。",
            "记者见到{N}时，她正在整理货架。",
            "{N}的店开在路口，生意一直不错。",
            "{N}老人今年已经九十岁了。",
            "来自远方的{N}已经在这里生活了十年。",
            "由{N}执导的话剧将于下月首演。");

    /** Templates written with {@link #DEV}; only their totals were looked at. */
    static final List<String> HELD = List.of(
            "退役军人{N}把自家小院改成了图书室。",
            "外卖骑手{N}在河边救起了落水儿童。",
            "乡村医生{N}背着药箱走进了村民家。",
            "返乡创业青年{N}办起了民宿。",
            "退休老教师{N}义务辅导学生功课。",
            "热心肠的邻居{N}主动帮忙照看老人。",
            "{M}的儿媳{N}常年照顾卧床的婆婆。",
            "她的丈夫{N}在外地打工。",
            "{N}，某某大学退休教授，从事古籍修复四十年。",
            "{N}和{M}是一对老搭档。",
            "参加志愿服务的有{N}、{M}、{K}等。",
            "{N}说：“我们还会继续坚持下去。”",
            "{N}表示，将把这份经验带回社区。",
            "{N}坦言，刚开始时困难不少。",
            "{N}从小在弄堂里长大。",
            "{N}拿出一本泛黄的相册，讲起了往事。",
            "这是{N}第五次参加无偿献血。",
            "为了这场演出，{N}准备了整整三个月。",
            "{N}一家三口都是志愿者。",
            "{N}夫妇俩经营着一家面馆。",
            "{N}和老伴一起报名参加了合唱团。",
            "比赛中，{N}以一分之差获得亚军。",
            "“我想把手艺传下去。”{N}的心愿很朴素。",
            "{N}的作品入选了全国美展。",
            "80后店主{N}把小店经营得有声有色。");

    /**
     * A third half, written after the rules above and before anything was run on it: new contexts of the same kinds,
     * so that the rules' figure here is their honest one (see the class comment).
     */
    static final List<String> FRESH = List.of(
            "种菜能手{N}把经验传授给了年轻人。",
            "社区志愿者{N}坚持为独居老人送餐。",
            "{N}的女儿今年考上了大学。",
            "{N}的老伴{M}身体一直不好。",
            "在{N}的记忆里，这条河曾经很清。",
            "{N}、{M}两位老人是这里的常客。",
            "{N}和{M}夫妇俩一起开了一家小店。",
            "听到这个消息，{N}激动得说不出话来。",
            "“这是我们应该做的。”{N}摆摆手说。",
            "{N}回忆说，那时候条件很艰苦。",
            "谈起未来，{N}信心满满。",
            "{N}今年62岁，是村里的老党员。",
            "记者联系上了{N}。",
            "{N}出生在一个普通的工人家庭。",
            "{N}带着女儿来到了现场。",
            "指导老师{N}对学生们的表现很满意。",
            "由{N}作词作曲的歌曲受到欢迎。",
            "{N}是一名有着三十年党龄的老党员。",
            "据{N}回忆，当时的工厂只有十几名工人。",
            "青年画家{N}的个人作品展正在展出。");

    /** Decoys written with {@link #FRESH}, aimed at the rules written against {@link #DEV}. */
    static final List<String> FRESH_DECOYS = List.of(
            "金山的女儿红黄酒远近闻名。",
            "在万家灯火的映照下，老街格外美丽。",
            "据和平饭店介绍，爵士乐队每晚都有演出。",
            "由金山农民画院创作的作品参加了展览。",
            "见到马路对面的老房子时，他愣住了。",
            "遇到高峰时，地铁会加开班次。",
            "成员包括高新、万家和金山三个社区。",
            "参与者有向阳、和平两所小学的师生。",
            "于是，1990年出生的他决定回乡创业。",
            "快递小哥马不停蹄地奔波在大街小巷。",
            "钢琴家向前一步，向观众鞠躬致意。",
            "网格员于是挨家挨户上门登记。",
            "种粮大户金秋时节最忙。",
            "在和平年代，我们更要珍惜幸福生活。",
            "据文明办介绍，志愿服务时长再创新高。",
            "老人高兴地说，日子越过越好。",
            "业主万分感谢物业的帮助。",
            "由高新企业主办的论坛开幕。",
            "他的同事向前走了几步。",
            "高新、文明、和平等人气商户参加了促销。");

    /** Sentences that name nobody. */
    static final List<String> DECOYS = List.of(
            "高新区表示，将继续优化营商环境。",
            "据万家社区介绍，今年已完成三栋楼的改造。",
            "金山区的农民画享誉全国。",
            "马路两边种满了梧桐树。",
            "向前一步，就是一片新天地。",
            "文明城区创建进入冲刺阶段。",
            "于是，大家决定一起动手。",
            "和平路上的老店又开张了。",
            "万家灯火映照着新建的步行街。",
            "高新技术企业数量创新高。",
            "马路市场已经全部取缔。",
            "文明养犬的倡议得到居民响应。",
            "于是他们把车停到了指定区域。",
            "和平年代更要居安思危。",
            "周末，孩子们在公园里放风筝。",
            "高峰时段地铁加开了班次。",
            "黄金周期间游客同比增长两成。",
            "温馨提示：请勿在楼道堆放杂物。",
            "许多居民表示支持。",
            "程序简化后，办事时间缩短一半。",
            "齐心协力，共建美好家园。",
            "曾经的老厂房变身为创意园区。",
            "龙头企业带动了上下游产业发展。",
            "白领们利用午休时间参加健身课程。",
            "孙辈们围坐在老人身边听故事。",
            "华灯初上，滨江步道游人如织。",
            "宁静的小巷里传来阵阵读书声。",
            "余下的工作将在年底前完成。",
            "金牌月嫂供不应求。",
            "文明、和谐、友善是社区的关键词。",
            "高新、万家、金山三个片区将同步推进。",
            "种粮大户高兴地说，今年又是丰收年。",
            "快递小哥向前一步，扶住了摔倒的老人。",
            "社区网格员马上赶到了现场。",
            "退役军人于是又报名当了志愿者。",
            "店主万分感激地说，多亏了大家帮忙。",
            "骑手们文明出行，不闯红灯。",
            "老党员和平时一样，一早就来到了岗位。",
            "他的妻子高兴地说，孩子考上了大学。",
            "她的丈夫马上赶来帮忙。",
            "“谢谢大家！”居民们说。",
            "据金山农场介绍，今年的西瓜提前上市。",
            "在专家看来，这种做法值得推广。",
            "据了解，这批树苗将在月底前栽种完毕。",
            "万人空巷，争看灯会。",
            "金秋时节，稻谷飘香。",
            "向阳花开，满园春色。",
            "高温天气持续，请注意防暑。",
            "石库门里的老住户说，这里的邻里关系特别好。",
            "常态化开展巡查，确保安全。",
            "林荫道上的落叶不扫，供市民观赏。",
            "严格落实安全生产责任制。",
            "方向明确了，干劲就更足了。",
            "田间地头，处处是忙碌的身影。",
            "钢琴家们齐聚一堂，切磋技艺。",
            "摄影爱好者纷纷举起相机。",
            "非遗传承人高度评价这次活动。",
            "获奖者包括高新企业、万家社区和金山农场。",
            "由和平饭店主办的爵士音乐节将于下月开幕。",
            "来自金山的农民画家展出了新作。");

    @Test
    void peopleInMadeUpContexts() throws Exception {
        List<String> names = names();
        Score dev = score(DEV, names, VERBOSE);
        Score held = score(HELD, names, false);
        Score decoys = scoreDecoys(DECOYS);
        Score fresh = score(FRESH, names, false);
        Score freshDecoys = scoreDecoys(FRESH_DECOYS);
        String freshLine = String.format("context people, fresh half: recall %s precision %s; decoys %d false in %d"
                + " sentences", fresh.recall(), fresh.precision(), freshDecoys.listed, FRESH_DECOYS.size());
        System.out.println(freshLine);
        assertTrue(fresh.r() >= FRESH_MIN_RECALL && fresh.p() >= MIN_PRECISION, freshLine);
        assertTrue(freshDecoys.listed == 0, freshLine);
        if (VERBOSE) {
            java.nio.file.Files.write(java.nio.file.Path.of("target", "context-names.txt"), names);
        }
        String line = String.format("context people (%d names): dev recall %s precision %s; held recall %s precision %s;"
                + " decoys %d false in %d sentences", names.size(), dev.recall(), dev.precision(), held.recall(),
                held.precision(), decoys.listed, DECOYS.size());
        System.out.println(line);
        assertTrue(dev.r() >= DEV_MIN_RECALL && held.r() >= HELD_MIN_RECALL, line);
        assertTrue(dev.p() >= MIN_PRECISION && held.p() >= MIN_PRECISION, line);
        assertTrue(decoys.listed <= MAX_DECOY_FALSE, line);
    }

    /** Bars just below what the finder reaches now (see the class comment for the figures before). */
    static final double DEV_MIN_RECALL = 0.78;
    static final double HELD_MIN_RECALL = 0.54;
    static final double MIN_PRECISION = 0.98;
    static final int MAX_DECOY_FALSE = 0;
    static final double FRESH_MIN_RECALL = 0.43;

    /** Annotated names (2 characters or more), a synthetic substitute for each, and {@link #COMPOUND}. */
    static List<String> names() throws Exception {
        Set<String> annotated = new LinkedHashSet<>();
        for (String dir : List.of("people-heldout", "people-fresh")) {
            for (List<JsonNode> arts : PeopleHeldOutTest.annotationsByFile(dir).values()) {
                for (JsonNode a : arts) {
                    for (JsonNode n : a.get("peopleMustInclude")) {
                        if (n.asText().length() >= 2) {
                            annotated.add(n.asText());
                        }
                    }
                }
            }
        }
        Map<String, String> subs = PeopleSubstitutedTest.substitutes(annotated, "", new Random(11));
        Set<String> all = new LinkedHashSet<>(annotated);
        all.addAll(subs.values());
        all.addAll(COMPOUND);
        return new ArrayList<>(all);
    }

    static final class Score {
        int wanted;
        int found;
        int listed;
        int right;

        String recall() {
            return String.format("%d/%d (%.3f)", found, wanted, found / (double) Math.max(1, wanted));
        }

        String precision() {
            return String.format("%d/%d (%.3f)", right, listed, right / (double) Math.max(1, listed));
        }

        double r() {
            return found / (double) Math.max(1, wanted);
        }

        double p() {
            return right / (double) Math.max(1, listed);
        }
    }

    /** Every name in every template; {M} and {K} take the next names of the list. */
    static Score score(List<String> templates, List<String> names, boolean verbose) {
        Score s = new Score();
        Map<String, Integer> missesByTemplate = new LinkedHashMap<>();
        for (String t : templates) {
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                String m = names.get((i + 1) % names.size());
                String k = names.get((i + 2) % names.size());
                String text = t.replace("{N}", n).replace("{M}", m).replace("{K}", k);
                List<String> want = new ArrayList<>(List.of(n));
                if (t.contains("{M}")) {
                    want.add(m);
                }
                if (t.contains("{K}")) {
                    want.add(k);
                }
                List<String> got = PeopleFinder.find(List.of(text), List.of());
                s.wanted += want.size();
                s.listed += got.size();
                for (String w : want) {
                    if (got.contains(w)) {
                        s.found++;
                    } else {
                        missesByTemplate.merge(t, 1, Integer::sum);
                        if (verbose) {
                            System.out.println("  missed " + w + " in " + text + " " + got);
                        }
                    }
                }
                for (String g : got) {
                    if (want.contains(g)) {
                        s.right++;
                    } else if (verbose) {
                        System.out.println("  false " + g + " in " + text);
                    }
                }
            }
        }
        if (verbose) {
            missesByTemplate.forEach((t, c) -> System.out.println("  misses " + c + ": " + t));
        }
        return s;
    }

    static Score scoreDecoys(List<String> sentences) {
        Score s = new Score();
        for (String d : sentences) {
            List<String> got = PeopleFinder.find(List.of(d), List.of());
            s.listed += got.size();
            if (!got.isEmpty()) {
                System.out.println("  decoy false " + got + " in " + d);
            }
        }
        return s;
    }
}
