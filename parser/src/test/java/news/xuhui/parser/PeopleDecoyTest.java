package news.xuhui.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Precision on text full of things that look like names but are not: made-up district-news passages with road,
 * neighbourhood and estate names (某某路, 某某街道, 某某苑), shops, brands and companies, schools, named programmes,
 * idioms and four-character phrases, titles with no name, ordinal and number words, transcribed foreign places, family
 * name characters used as ordinary words (高温, 万人, 常说, 方便, 马上, 金牌) and job or body nouns at the start of a
 * clause before a verb of saying (钟点工说, 房管所介绍), mixed with a few made-up people in clear contexts. The people
 * each passage names were written down by hand from the text before the finder was run on it. Every passage is read
 * on its own, and the page-wide step ({@link PeopleFinder.Proposals#names}) gets the names all passages accepted.
 *
 * <p>Parser 1.9.0, measured the first time this test ran: recall 13/13, precision 13/23 (0.565). False names: 金桂苑,
 * 华泾苑, 康乐苑 (estates in a list closed by 等12个小区), 凌云 (…、凌云等街道) and 李宁 (a brand in …、李宁等品牌), which
 * 等 took for a person's list; 文旅局, 应急办, 商务委 (bodies opening a clause before 介绍, 表示) and 宣讲员 (a job
 * noun the recogniser tags a person before 介绍); 莫纳什 (a foreign place opening a sentence: 莫纳什的校园里). With
 * the rules {@link PeopleFinder#listOfThings}, {@link PeopleFinder#agentNoun} and {@link PeopleFinder#placeOwned}
 * (written after looking at these misses, so a development figure now): recall 13/13, precision 13/13. The
 * rules written after the {@link #SECOND} set keep it there.
 */
class PeopleDecoyTest {

    /** Bars just below what the finder reaches now (see the class comment for the figures before). */
    static final double MIN_RECALL = 1.0;
    static final double MIN_PRECISION = 1.0;

    /** A passage and the people it names, by hand. */
    record Passage(String text, List<String> people) {
    }

    static final List<Passage> PASSAGES = List.of(
            new Passage("近日，凌云街道在梅陇路188号举办“邻里汇”开放日活动。街道党工委书记褚明哲介绍，今年以来，街道已完成金桂苑、"
                    + "华泾苑、康乐苑等12个小区的加装电梯工作，惠及居民三千余户。", List.of("褚明哲")),
            new Passage("高温天气持续，区房管局表示，将组织物业企业做好高层住宅二次供水设施的巡查。万科物业、金桂物业、华润物业等企业"
                    + "负责人参加会议。", List.of()),
            new Passage("“小区门口新开了一家罗森便利店，买早餐方便多了。”家住田林路的王阿姨高兴地说。罗森等便利店还推出了"
                    + "爱心早餐。", List.of()),
            new Passage("区教育局指出，高安路第一小学、向阳小学、余庆路小学等12所学校将试点“课后330”服务。", List.of()),
            new Passage("“乐龄计划”今年覆盖全区13个街道镇。文旅局介绍，全年将举办各类文化活动两千余场。", List.of()),
            new Passage("台风来袭，志愿者们马不停蹄，万众一心守护家园。老党员常年坚守岗位，方寸之间见真情。", List.of()),
            new Passage("会上，区长作了政府工作报告，副区长主持会议。区委书记强调，要高标准推进城市更新，让群众安居乐业。",
                    List.of()),
            new Passage("第一书记带领村民种植黄桃，二等奖由金奖团队获得。三号楼居民说，万元补贴已经到账。", List.of()),
            new Passage("代表团先后访问了伊斯坦布尔、布达佩斯和萨格勒布。阿姆斯特丹市议会代表表示欢迎。莫纳什的校园里，"
                    + "中国留学生举办了新春游园会。", List.of()),
            new Passage("马上就办、一网通办，群众办事更方便。许多老人表示，张贴在楼道里的告示字体太小。高龄老人常说，安全是第一位的。",
                    List.of()),
            new Passage("“这里的环境越来越好了。”钟点工说。“以前办证要跑好几趟，现在一次就办好了。”经营者表示。", List.of()),
            new Passage("盒马鲜生、宜家家居、罗森、全家等品牌相继入驻。商场负责人戚振邦透露，国庆期间客流同比增长三成。",
                    List.of("戚振邦")),
            new Passage("南洋模范中学的“启明星计划”、位育初级中学的“金种子工程”和“向日葵行动”入选市级优秀项目。", List.of()),
            new Passage("“垃圾分类做得好不好，关键在源头。”宣讲员介绍。房管所介绍，老旧小区改造将于年底完工。应急办表示，"
                    + "汛期将实行24小时值班。", List.of()),
            new Passage("康健、田林、凌云等街道率先试点。华泾镇党委书记郁文澜表示，要把好事办实、实事办好。", List.of("郁文澜")),
            new Passage("工人文化宫举办职工书画展，领导班子成员参观了展览。专家门诊每周三开放，主任医师坐诊。", List.of()),
            new Passage("居民代表、业主代表、物业代表围绕停车难问题发言。区人大代表蔺小禾说：“问题要一件一件解决。”",
                    List.of("蔺小禾")),
            new Passage("徐家汇商圈、龙华会展中心、漕河泾开发区吸引了众多企业。金融机构负责人符嘉言认为，营商环境持续优化。",
                    List.of("符嘉言")),
            new Passage("市民游客纷纷打卡武康大楼。学生党员常态化参与文明引导。干部群众同心协力，高质量完成了任务。",
                    List.of()),
            new Passage("“我们将继续把这项工作做实做细。”尹若岚说。她是社区卫生服务中心主任，从事社区医疗二十年。",
                    List.of("尹若岚")),
            new Passage("黄金周期间，万体馆、光启公园、桂林公园游人如织。金牌讲解员带领游客参观，易如反掌般讲清了历史。",
                    List.of()),
            new Passage("华为、安踏、李宁等品牌在此设立旗舰店。马路对面的明星小吃店排起长队。", List.of()),
            new Passage("阮思齐、卞一鸣、邰雨桐等志愿者参加了活动。志愿者阮思齐告诉记者，她已连续服务了五年。",
                    List.of("阮思齐", "卞一鸣", "邰雨桐")),
            new Passage("党支部书记聂晓帆主持会议。楼组长说，常来常往才能知冷知热。居委干部介绍，方案经过三轮讨论。",
                    List.of("聂晓帆")),
            new Passage("外籍志愿者马里奥说：“我喜欢这里的梧桐树。”来自维也纳的游客在衡山路拍照留念。", List.of("马里奥")),
            new Passage("商务委表示，全年新增首店五十家。区卫健委指出，要加强高温期间的健康提示。", List.of()),
            new Passage("老人们说，温故知新，张弛有度。曾经的棚户区变成了花园小区，高楼林立，万家灯火。", List.of()),
            new Passage("副区长戚振邦、区政协副主席褚明哲等出席活动。", List.of("戚振邦", "褚明哲")));

    /**
     * A second set, written by hand after the three rules above and before anything was run on it: held out from
     * them. Measured the first time it ran: parser 1.9.0 recall 11/13, precision 11/14 (false: 施工方 before 表示,
     * 鲁克 of 因斯布鲁克等城市, 区党总 of 居民区党总支书记; missed: 甘露, a word between two names of a list, and
     * 玛蒂尔德 after 设计师); with the three rules recall 11/13, precision 11/13 (鲁克 gone: the honest held-out figure
     * of those rules). With the rules written after looking at it ({@link PeopleFinder#insideAWord}, 方 in
     * {@link PeopleFinder#agentNoun}, {@link PeopleFinder#nameShapedWord}, {@link PeopleFinder#fromPersonNoun}):
     * recall 13/13, precision 13/13, a development figure now.
     */
    static final List<Passage> SECOND = List.of(
            new Passage("天平街道、枫林街道、湖南街道等地的居民代表参加了座谈。街道办事处主任柯思远表示，将继续做好为老服务。",
                    List.of("柯思远")),
            new Passage("“家门口就能看病，真方便。”家住石龙路的常阿婆笑着说。卫生服务站医生告诉记者，每周三有专家坐诊。",
                    List.of()),
            new Passage("金城广场、万达广场、高岛屋百货等商业体客流回升。区商务委主任段宜之介绍，今年将新增夜间消费集聚区。",
                    List.of("段宜之")),
            new Passage("“银发课堂”“书香家庭”“小候鸟”暑托班等品牌项目深受欢迎。马老师说，孩子们每天都很开心。", List.of()),
            new Passage("一网统管平台上线后，城运中心、应急局、市场局联合处置问题工单三千余件。城运中心介绍，平均处置时长缩短一半。",
                    List.of()),
            new Passage("日前，华东理工大学、上海师范大学、上海应用技术大学与区政府签约。签约仪式上，区委副书记鲍启航致辞。",
                    List.of("鲍启航")),
            new Passage("万象更新，常怀感恩。高朋满座，金声玉振。张灯结彩迎新春，方寸舞台展风采。", List.of()),
            new Passage("项目部经理透露，工程采用装配式建筑工艺。施工方表示，将确保年底前竣工。监理方指出，现场安全措施到位。",
                    List.of()),
            new Passage("维也纳、萨尔茨堡、因斯布鲁克等城市的艺术团来沪演出。来自奥地利的指挥家罗兰德说：“上海的观众非常热情。”",
                    List.of("罗兰德")),
            new Passage("居民区党总支书记表示，楼道堆物整治已基本完成。楼组长、志愿者、物业经理轮流值守。", List.of()),
            new Passage("第三届“光启杯”创新创业大赛决赛举行，一等奖、二等奖、三等奖分别由三支团队获得。评委会主席葛宁远点评了参赛项目。",
                    List.of("葛宁远")),
            new Passage("田子坊、武康路、衡复风貌区是市民游客的热门打卡地。康平路、高安路、永福路沿线的梧桐叶进入最佳观赏期。",
                    List.of()),
            new Passage("“我们要把服务送到居民家门口。”邵一凡说。邵一凡是区青年突击队队长，连续三年被评为优秀志愿者。",
                    List.of("邵一凡")),
            new Passage("记者从区民政局获悉，全区已建成长者照护之家二十家。民政局相关负责人表示，将继续扩大服务覆盖面。",
                    List.of()),
            new Passage("商汤科技、米哈游、小红书等企业入选榜单。公司创始人谭景行说，徐汇的创新氛围很好。", List.of("谭景行")),
            new Passage("黄梅天到来，区绿化市容局提醒市民注意防潮。高温、暴雨、雷电等天气可能交替出现。", List.of()),
            new Passage("老房东说，这条弄堂有百年历史。包租婆、裁缝铺、老虎灶都是老上海的记忆。", List.of()),
            new Passage("邹明泽、甘露、乔一苇等三位青年演员参加演出。导演邹明泽介绍，该剧讲述了一个社区的故事。",
                    List.of("邹明泽", "甘露", "乔一苇")),
            new Passage("全国文明城区创建工作推进会召开。区长出席会议并讲话，副区长通报了工作进展。", List.of()),
            new Passage("巴黎、伦敦、米兰等城市的设计师带来了最新作品。法国设计师玛蒂尔德表示，很高兴来到上海。",
                    List.of("玛蒂尔德")),
            new Passage("凌云路街心花园完成改造。管理处表示，花园每天6时至22时开放。", List.of()),
            new Passage("冯浩然、路远等同学获得金奖。路远说：“比赛让我学到了很多。”", List.of("冯浩然", "路远")));

    /**
     * A third set, written by hand after all the other rules of parser 1.10.0 and before anything was run on it,
     * aimed at them: nouns for people (老人, 选手, 画家, 匠人) before words that open with a family name (高兴, 高昂, 方便), and a few
     * names after such nouns. Measured the first time it ran: parser 1.9.0 recall 3/6, precision 3/4; the rules of
     * the parser then (cc2f624) recall 5/6, precision 5/6 (false: 金师傅, a family name and a form of address; missed:
     * 余光华 after 诗人, whose given name 光华 is a dictionary word). With {@link PeopleFinder#addressed} and a given
     * name that is a word allowed after a noun for a person: recall 6/6, precision 6/6, a development figure now.
     */
    static final List<Passage> THIRD = List.of(
            new Passage("老人高兴地说，社区食堂的饭菜可口。", List.of()),
            new Passage("手艺人常年坚守，匠人精神代代相传。", List.of()),
            new Passage("摄影师镜头下的徐汇，梧桐掩映，美不胜收。", List.of()),
            new Passage("志愿者、热心人、好心人纷纷伸出援手。", List.of()),
            new Passage("年轻人说，在这里工作很有归属感。", List.of()),
            new Passage("退休教师万松龄说，读书会办了十年。", List.of("万松龄")),
            new Passage("青年歌手林晓雯演唱了《我和我的祖国》。", List.of("林晓雯")),
            new Passage("非遗传承人严巧珍介绍，这门手艺已有百年历史。", List.of("严巧珍")),
            new Passage("店主人方便时会帮邻居收快递。", List.of()),
            new Passage("大厨师傅金师傅说，这道菜要用小火慢炖。", List.of()),
            new Passage("画家笔下的武康路充满诗意。", List.of()),
            new Passage("主持人宣布比赛开始，选手高昂的斗志感染了观众。", List.of()),
            new Passage("运动员常规训练结束后，教练员马立新说，队员们状态不错。", List.of("马立新")),
            new Passage("科学家严谨的态度值得学习。艺术家安静地完成了作品。", List.of()),
            new Passage("网红店铺前，博主金句频出，吸引粉丝围观。", List.of()),
            new Passage("诗人余光华在朗诵会上说：“诗歌属于每一个人。”", List.of("余光华")),
            new Passage("本次活动邀请了企业家、艺术家、科学家等各界人士。", List.of()),
            new Passage("工匠精神，匠心独运。老匠人石永年说，做手艺要耐得住寂寞。", List.of("石永年")));

    static final double THIRD_MIN_RECALL = 1.0;
    static final double THIRD_MIN_PRECISION = 1.0;

    @Test
    void decoysAfterNounsForPeopleAreNotPeople() {
        String line = score(THIRD, THIRD_MIN_RECALL, THIRD_MIN_PRECISION);
        assertTrue(line.contains("wanted 6"), line);
    }

    static final double SECOND_MIN_RECALL = 1.0;
    static final double SECOND_MIN_PRECISION = 1.0;

    @Test
    void decoysAreNotPeople() {
        String line = score(PASSAGES, MIN_RECALL, MIN_PRECISION);
        assertTrue(line.contains("wanted 13"), line);
    }

    @Test
    void heldOutDecoysAreNotPeople() {
        String line = score(SECOND, SECOND_MIN_RECALL, SECOND_MIN_PRECISION);
        assertTrue(line.contains("wanted 13"), line);
    }

    /** Runs the finder over {@code passages} and checks recall and precision; returns the report line. */
    private static String score(List<Passage> passages, double minRecall, double minPrecision) {
        List<PeopleFinder.Proposals> proposals = new ArrayList<>();
        for (Passage p : passages) {
            proposals.add(PeopleFinder.propose(List.of(p.text()), List.of(), 400_000));
        }
        Set<String> pageNames = new LinkedHashSet<>();
        for (PeopleFinder.Proposals p : proposals) {
            pageNames.addAll(p.names(Set.of()));
        }
        int wanted = 0;
        int found = 0;
        int listed = 0;
        int right = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            List<String> got = proposals.get(i).names(pageNames);
            wanted += p.people().size();
            listed += got.size();
            for (String n : got) {
                if (p.people().contains(n)) {
                    right++;
                } else {
                    report.append("  false: ").append(n).append(" in passage ").append(i).append('\n');
                }
            }
            for (String n : p.people()) {
                if (got.contains(n)) {
                    found++;
                } else {
                    report.append("  missed: ").append(n).append(" in passage ").append(i).append('\n');
                }
            }
        }
        double recall = found / (double) Math.max(1, wanted);
        double precision = right / (double) Math.max(1, listed);
        String line = String.format("decoy people (wanted %d): recall %d/%d (%.3f) precision %d/%d (%.3f)%n%s", wanted,
                found, wanted, recall, right, listed, precision, report);
        System.out.println(line);
        assertTrue(recall >= minRecall, line);
        assertTrue(precision >= minPrecision, line);
        return line;
    }
}
