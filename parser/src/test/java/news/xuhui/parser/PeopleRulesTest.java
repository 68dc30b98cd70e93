package news.xuhui.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** One test per person-name rule of {@link PeopleFinder}; names and places are made up. */
class PeopleRulesTest {

    private static List<String> people(String text) {
        return PeopleFinder.find(List.of(text), List.of());
    }

    @Test
    void theLongestTitleWinsSoTheNameStartsAfterIt() {
        // the recogniser cuts this name (栗远|书); only the title rule finds it whole
        List<String> p = people("该国议会副委员长栗远书昨天出席了开幕式。");
        assertTrue(p.contains("栗远书"), p.toString());
    }

    @Test
    void diplomaticAndStateTitlesPrecedeNames() {
        List<String> p = people("中国驻某国大使柏文澜到码头迎接援助物资。");
        assertTrue(p.contains("柏文澜"), p.toString());
    }

    @Test
    void aSpeakerBeforeAVerbOfSayingIsAPerson() {
        // the recogniser cuts this name (栗远|书说)
        List<String> p = people("“我们还要再加把劲，把路修到山里去。”栗远书说，今年还要再修两条路。");
        assertTrue(p.contains("栗远书"), p.toString());
        assertFalse(p.contains("栗远"), p.toString());
        assertFalse(people("“这条路修得好。”大家说，今年还要再修两条路。").contains("大家"));
    }

    @Test
    void aNameCutShortByTheRecogniserIsDropped() {
        List<String> p = people("村第一书记施萌萌带领村民种草莓。“先从小事做起。”施萌萌说。施萌萌当选为人大代表。");
        assertTrue(p.contains("施萌萌"), p.toString());
        assertFalse(p.contains("施萌"), p.toString());
    }

    @Test
    void aDottedTranscribedNameIsOneName() {
        List<String> p = people("酒店餐饮经理、澳大利亚人索菲·拉韦尔则表示，服务很周到。某国驻沪总领事阿米娜·加多代表各国使节致辞。");
        assertTrue(p.containsAll(List.of("索菲·拉韦尔", "阿米娜·加多")), p.toString());
        assertFalse(p.contains("阿米娜·加多代"), p.toString());
        assertTrue(people("山乡好支书 半生守初心（奋斗在一线·时代楷模谱）").stream().noneMatch(n -> n.contains("·")));
    }

    @Test
    void aNameBeforeItsTitleAtTheStartOfAClause() {
        List<String> p = people("会议在北京举行。栗远书委员长主持。");
        assertTrue(p.contains("栗远书"), p.toString());
        List<String> q = people("“我们鼓励农户扩大生产。”丰石镇镇长葛云舒介绍。");
        assertFalse(q.contains("丰石镇"), q.toString());
        List<String> r = people("会上，区人大代表、区政协委员围绕议题发言。");
        assertFalse(r.contains("区人大") || r.contains("区政协"), r.toString());
    }

    @Test
    void aTranscribedNameEndsAtAListWord() {
        List<String> p = people("住在南山区的留学生威尔逊和室友一起推着送餐车。");
        assertTrue(p.contains("威尔逊"), p.toString());
    }

    @Test
    void aTranscribedNameAfterATitleOrBeforeSaying() {
        List<String> p = people("国务委员同某国外长萨迪别科夫通电话。幼儿教师卡米拉说：“我很安心。”");
        assertTrue(p.containsAll(List.of("萨迪别科夫", "卡米拉")), p.toString());
    }

    @Test
    void aFourCharacterItemInsideANameListIsKeptWhole() {
        List<String> p = people("副主席甄明远、葛云舒、卓玛央金、柏文澜出席会议。");
        assertTrue(p.contains("卓玛央金"), p.toString());
        assertFalse(p.contains("卓玛"), p.toString());
    }

    @Test
    void aTitlePrefixIsNotAName() {
        assertFalse(people("葛云舒，某省交通厅原副厅长。").contains("原副"));
    }

    @Test
    void anAgeOrACadreWordPrecedesAName() {
        List<String> p = people("今年72岁的葛云舒，仍在田里忙碌。区科委干部柏文澜，就主动联系他。");
        assertTrue(p.containsAll(List.of("葛云舒", "柏文澜")), p.toString());
    }

    @Test
    void aRoleInsideALongerRoleIsStillTried() {
        // 代表 of 代表团 matched first; the title 秘书长 right after it was skipped (柏蒙|蒙说 for the recogniser)
        List<String> p = people("市代表团秘书长柏蒙蒙说：“我们已经提交了全部提案。”");
        assertTrue(p.contains("柏蒙蒙"), p.toString());
    }

    @Test
    void moreCommonFamilyNames() {
        List<String> p = people("某国首相洪文涛表示，将继续执行防控措施。区长阎立群出席。");
        assertTrue(p.containsAll(List.of("洪文涛", "阎立群")), p.toString());
    }

    @Test
    void aStatusWordOrAForeignTitleBeforeAName() {
        List<String> p = people("当年的彝族女孩葛云舒，如今已是一名乡村护士。某国国务卿蓬萨克发表声明。");
        assertTrue(p.containsAll(List.of("葛云舒", "蓬萨克")), p.toString());
        List<String> r = people("社区里很热闹。居民柏国强，今年65岁。市民甄丽华，每天都来公园锻炼。");
        assertTrue(r.containsAll(List.of("柏国强", "甄丽华")), r.toString());
        List<String> q = people("居民纷纷点赞，市民王阿姨说很方便。热情的苗族姑娘唱起了山歌，女孩们迎上前来。老师提醒学生戴帽子、多喝水。某国官员巴图格日勒说：“好。”");
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void aNameAfterTheDashOfAnAttribution() {
        // the recogniser splits all four (柏/ng 义光/nr, 柏/ng 诚/a …)
        List<String> p = people("要稳住就业。\n——柏义光委员（某某集团董事长）\n要加快复工。\n——柏诚代表（某市市长）\n"
                + "——高祥泰代表（某集团党委书记）\n——杨亮代表（某局局长）");
        assertTrue(p.containsAll(List.of("柏义光", "柏诚", "高祥泰", "杨亮")), p.toString());
        List<String> q = people("——区人大代表（某某街道）");
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void aCreditGluedToTheNextLabelKeepsTheWholeName() {
        // the recogniser cuts the name (柏文|澜数据) where the credit runs on into the next label
        List<String> p = people("采访整理：本报记者柏文澜数据来源：某某总工会");
        assertFalse(p.contains("柏文"), p.toString());
    }

    @Test
    void aProfessionAfterAWordIsNoEvidenceOfAName() {
        // 全科医生 (a general practitioner): the recogniser tags 全科 as a name, a profession after it is no title
        List<String> p = people("社区将扩充全科医生队伍。全科医生每周上门随访。");
        assertFalse(p.contains("全科"), p.toString());
    }

    @Test
    void aPersonNameTheDictionaryAlsoKnowsAsAPlaceBeforeSaying() {
        // the dictionary knows this word first as a person name, second as a place
        List<String> p = people("这本书讲的是物种起源。达尔文说，自然选择无处不在。");
        assertTrue(p.contains("达尔文"), p.toString());
    }

    @Test
    void aNameInApposition() {
        List<String> p = people("甄明远，丰石县公安局原副局长，由于长期操劳病倒在岗位上。葛云舒，某省边防总队原参谋长，曾多次负伤。");
        assertTrue(p.containsAll(List.of("甄明远", "葛云舒")), p.toString());
        List<String> r = people("大家至今仍怀念这位老同事——柏晓岚，某某局后勤处原处长，因病离开了我们。");
        assertTrue(r.contains("柏晓岚"), r.toString());
        assertTrue(people("经查，某某公司原负责人，已被依法控制。").isEmpty());
        List<String> q = people("同时，区公安局局长主持会议。目前，某某公司总经理出席。");
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void aNameBeforeTheColonOfAHeadingThatTheArticleNamesAgain() {
        List<String> p = PeopleFinder.find(List.of("柏成龙：\n一生只做一件事\n", "据新华社电（记者某某）柏成龙是某研究院原研究员。"),
                List.of());
        assertTrue(p.contains("柏成龙"), p.toString());
        List<String> q = PeopleFinder.find(List.of("原因：\n调查报告\n", "事故原因正在调查。"), List.of());
        assertTrue(q.isEmpty(), q.toString());
        // a town's short name as a kicker, named again in the text
        List<String> r = PeopleFinder.find(List.of("丰泾：\n打造宜居新城\n", "镇党委书记表示，丰泾将加快建设。丰泾居民纷纷点赞。"),
                List.of());
        assertFalse(r.contains("丰泾"), r.toString());
    }

    @Test
    void aTimeOrPlaceCharacterAfterANameIsNoSignOfACut() {
        // the recogniser: 甄芳/nr 时/ng; a lone noun after a name of two is otherwise taken for its cut-off end
        List<String> p = people("记者见到区长甄芳时，天已黑了。");
        assertTrue(p.contains("甄芳"), p.toString());
    }

    @Test
    void aNameDoesNotTakeATimeOrPlaceWordAfterIt() {
        // the recogniser tags 甄越时 a name, the title rule reads 柏勇家
        List<String> p = people("记者来到区长柏勇家，看到一张照片。记者见到区长甄越时，天已黑了。");
        assertTrue(p.containsAll(List.of("柏勇", "甄越")), p.toString());
        assertFalse(p.contains("柏勇家") || p.contains("甄越时"), p.toString());
    }

    @Test
    void verbsOfFeelingAfterASpeaker() {
        List<String> p = people("“这里变化太大了！”葛桂芳感慨道。“真方便。”柏秀兰感叹。");
        assertTrue(p.containsAll(List.of("葛桂芳", "柏秀兰")), p.toString());
    }

    @Test
    void aNameBeforeAPersonalTitleInsideAClause() {
        List<String> p = people("大家表示，要团结在以刘霖璐同志为核心的集体周围。正如岑鸿欣总书记指出的，要坚定信心。");
        assertTrue(p.containsAll(List.of("刘霖璐", "岑鸿欣")), p.toString());
        // inside a word (产业工人某某) the name's start is unknown: no guess
        List<String> q = people("近2亿产业工人葛云舒总书记强调。");
        assertFalse(q.contains("云舒"), q.toString());
    }

    @Test
    void aFunctionWordAfterANameEndsIt() {
        List<String> p = people("“这里的夜景真美。”乌克兰姑娘米拉娜将视频传给了朋友。");
        assertTrue(p.contains("米拉娜"), p.toString());
    }

    @Test
    void aNameAfterATitleEndsWhereAWordOrAFunctionCharacterBegins() {
        List<String> p = people("省卫生健康委副主任张斌倩到某县考察。公司董事长谢祥茜一直在忙。副庭长孙莹征得双方同意。");
        assertTrue(p.containsAll(List.of("张斌倩", "谢祥茜", "孙莹")), p.toString());
        assertFalse(p.contains("孙莹征"), p.toString());
        List<String> q = people("县委书记明确要求，局长高度重视。");
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void moreVerbsOfSpeakingAfterATranscribedName() {
        List<String> p = people("该国卫生部发言人萨迪塔呼吁民众减少聚集。");
        assertTrue(p.contains("萨迪塔"), p.toString());
    }

    @Test
    void aTranscribedNameOfFourInsideANameList() {
        List<String> p = people("副委员长甄明远、曹建华、贝瓦桑恩、谢泽丹，秘书长杨振出席会议。");
        assertTrue(p.contains("贝瓦桑恩"), p.toString());
        List<String> q = people("副委员长甄明远、曹建华、安全生产、谢泽丹出席会议。");
        assertFalse(q.contains("安全生产"), q.toString());
    }

    @Test
    void aTimeWordAfterANameEndsIt() {
        List<String> p = people("加纳籍友人郑桂辰近日从医院康复出院。");
        assertTrue(p.contains("郑桂辰"), p.toString());
    }

    @Test
    void aOneCharacterGivenNameMayBeAVerbBeforeATitle() {
        List<String> p = people("奋斗的日子最难忘。付平先生说，青年要勇于担当。");
        assertTrue(p.contains("付平"), p.toString());
    }

    @Test
    void aNameStartingInsideAnAcceptedNameIsAMisreading() {
        List<String> p = people("奋斗的日子最难忘。付平先生说，青年要勇于担当。");
        assertFalse(p.contains("平先生"), p.toString());
    }

    @Test
    void aOneCharacterGivenNameMayBeAnAbbreviationInAnAttribution() {
        List<String> p = people("要让小店都能开下去。——夏波主任（某市商务局）");
        assertTrue(p.contains("夏波"), p.toString());
    }

    @Test
    void moreTranscriptionCharacters() {
        List<String> p = people("某国驻沪总领事萨亚弗·莱顿代表各国使节致辞。");
        assertTrue(p.contains("萨亚弗·莱顿"), p.toString());
        List<String> q = people("该国卫生部发言人卡万迪呼吁民众减少聚集。研究中心主任巴特呼表示，合作还将继续。");
        assertTrue(q.containsAll(List.of("卡万迪", "巴特呼")), q.toString());
    }

    @Test
    void aLastGivenCharacterTheRecogniserTagsAsANameOfItsOwn() {
        List<String> p = people("区政协副主席邬建博、侯怡霖担任联盟顾问。");
        assertTrue(p.contains("侯怡霖"), p.toString());
        assertFalse(p.contains("侯怡"), p.toString());
    }

    @Test
    void aNameBeforeDelegateOrMemberThatClosesTheClause() {
        List<String> p = people("座谈会上有六位代表发言。首先是邓健秀代表，话题是社区养老。");
        assertTrue(p.contains("邓健秀"), p.toString());
        List<String> q = people("他是区政协委员，也是全国人大代表。");
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void aNameTakenUpByAPronounInTheNextClause() {
        List<String> p = people("在柳溪村，记者碰见刚从果园回来的纪军磊。她前年摔伤了腿，今年又种上了桃树。");
        assertTrue(p.contains("纪军磊"), p.toString());
        List<String> q = people("垃圾箱用完不及时盖住，她就天天守在旁边提醒。");
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void aBoundMorphemeAfterATwoCharacterNameIsItsLastCharacter() {
        List<String> p = people("果园里桃花盛开。58岁的盛静瑞踮着脚，正在树下剪枝。");
        assertTrue(p.contains("盛静瑞"), p.toString());
        assertFalse(p.contains("盛静"), p.toString());
    }

    @Test
    void oneUnreadItemDoesNotBreakAListOfNames() {
        List<String> p = people("出席会议的有副委员长甄明远、曹建华、特尔埃塞、吕淑秀、巩祥宁，秘书长杨振。");
        assertTrue(p.containsAll(List.of("吕淑秀", "巩祥宁")), p.toString());
    }

    @Test
    void anUnknownTranscriptionOpeningASentence() {
        List<String> p = people("这套书一再加印。卡维莉的“城市三部曲”讲述了几代人的故事，也写到了未来。");
        assertTrue(p.contains("卡维莉"), p.toString());
        List<String> q = people("疫情仍在蔓延。巴西的确诊病例继续增加。雅加达的商场重新开门。");
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void aNameTitledInOneArticleOfThePageCountsInAnotherThatNamesItBare() throws Exception {
        // the second article names the leader with nothing beside him that marks a person; the first titles him
        String second = "云山区召开现场推进会\n\n本报讯 会上，甄嘉禾的一席话让大家深受鼓舞。与会代表表示将抓紧推进各项工作。\n";
        String page = "云山区委全会举行\n\n本报讯 区委书记甄嘉禾出席并作动员讲话。大会部署了下半年重点任务。\n\n" + second;
        PageParser parser = new PageParser();
        List<Article> articles = parser.parse(page.getBytes(java.nio.charset.StandardCharsets.UTF_8), "made-up.txt")
                .articles();
        assertTrue(articles.size() == 2 && articles.get(1).people().contains("甄嘉禾"), articles.toString());
        // alone on its page, the bare mention is no evidence
        List<Article> alone = parser.parse(second.getBytes(java.nio.charset.StandardCharsets.UTF_8), "made-up.txt")
                .articles();
        assertTrue(alone.size() == 1 && alone.get(0).people().isEmpty(), alone.toString());
    }

    @Test
    void aListClosedByAWordForThingsHoldsNoPeople() {
        List<String> p = people("街道已完成金枫苑、华石苑、康宁苑等12个小区的改造。丰石、柏林、甄园等街道率先试点。");
        assertTrue(p.isEmpty(), p.toString());
        List<String> q = people("甄明远、葛云舒等区领导出席。柏文澜、阎立群等学校负责人参加会议。");
        assertTrue(q.containsAll(List.of("甄明远", "葛云舒", "柏文澜", "阎立群")), q.toString());
    }

    @Test
    void aBodyOrAJobNounBeforeAVerbOfSayingIsNoName() {
        List<String> p = people("“服务要更细。”协管员介绍。城管委表示，将加强巡查。“要把实事办好。”宣讲员说。");
        assertTrue(p.isEmpty(), p.toString());
        List<String> q = people("“要把实事办好。”葛云舒介绍。");
        assertTrue(q.contains("葛云舒"), q.toString());
    }

    @Test
    void aTranscriptionOpeningASentenceBeforeWhatOnlyAPlaceHasIsNoName() {
        List<String> p = people("代表团抵达当地。莫里纳的街头挂满了彩旗。卡萨洛的市民热情欢迎。");
        assertTrue(p.isEmpty(), p.toString());
        List<String> q = people("这套书一再加印。卡维莉的“城市三部曲”讲述了几代人的故事。");
        assertTrue(q.contains("卡维莉"), q.toString());
    }

    @Test
    void aTitleThatStartsALongerWordIsNoTitle() {
        List<String> p = people("社区居民区党总支书记表示，楼道整治已基本完成。");
        assertTrue(p.isEmpty(), p.toString());
    }

    @Test
    void aPartyToAProjectIsNoName() {
        List<String> p = people("“工期不会拖延。”施工方表示。“安全措施到位。”监理方指出。");
        assertTrue(p.isEmpty(), p.toString());
    }

    @Test
    void aWordShapedLikeANameBetweenTwoNamesOfAListIsAName() {
        List<String> p = people("副主任柏文澜、林海、葛云舒出席会议。");
        assertTrue(p.containsAll(List.of("柏文澜", "林海", "葛云舒")), p.toString());
        List<String> q = people("高温、雷电、暴雨等天气可能交替出现。林海、雪原、冰川是她镜头里的主角。");
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void aNameAfterANounForAPersonThatNoTitleListHolds() {
        List<String> p = people("意大利指挥家马尔蒂尼表示，很高兴来到这里。合作社请来致富能人甄立群回乡办厂。");
        assertTrue(p.containsAll(List.of("马尔蒂尼", "甄立群")), p.toString());
        List<String> q = people("小区门口开了一家柏森便利店。他热爱个人和家庭。");
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void aFamilyNameAndAFormOfAddressIsNoName() {
        List<String> p = people("“这道菜要用小火慢炖。”金师傅说。“慢慢来。”柏阿姨说。");
        assertTrue(p.isEmpty(), p.toString());
    }

    @Test
    void aGivenNameThatIsAWordAfterANounForAPerson() {
        List<String> p = people("诗人甄光华在朗诵会上说：“诗歌属于每一个人。”");
        assertTrue(p.contains("甄光华"), p.toString());
        List<String> q = people("他热爱个人和家庭。要不断完善人居环境，让城市更宜居。");
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void aCompoundFamilyNameKeepsBothGivenCharacters() {
        // the recogniser: 欧阳明/nr 轩/ng
        List<String> p = people("欧阳明轩告诉记者，这里以前是一片荒地。司马静怡说，明年还要再来。");
        assertTrue(p.containsAll(List.of("欧阳明轩", "司马静怡")), p.toString());
        assertFalse(p.contains("欧阳明"), p.toString());
        // a verb with an aspect particle after a name of three is its predicate
        List<String> q = people("72岁的欧阳立弯着腰，正在地里拔草。");
        assertFalse(q.contains("欧阳立弯"), q.toString());
    }

    @Test
    void aDottedNameEndsBeforeTheWordWhoseFirstCharacterItTook() {
        List<String> p = people("萨米拉·贝诺娃毕业于某某音乐学院。");
        assertTrue(p.contains("萨米拉·贝诺娃"), p.toString());
    }

    @Test
    void anAdverbBeforeAVerbOfSayingIsNoName() {
        List<String> p = people("种粮大户高兴地说，今年又是丰收年。");
        assertTrue(p.isEmpty(), p.toString());
    }

    @Test
    void whatOnlyAPersonDoesOrIsAfterAName() {
        List<String> p = people("吕文澜夫妇经营着一家面馆。庞晓雯毕业于某某大学建筑系。柏文澜老人今年已经九十岁了。");
        assertTrue(p.containsAll(List.of("吕文澜", "庞晓雯", "柏文澜")), p.toString());
    }

    @Test
    void aNameAfterANounForAPersonOfTwoCharactersOrMadeWithASuffix() {
        List<String> p = people("快递小哥甄立群每天要跑一百多单。非遗传承人甄芳正在教孩子们剪纸。社区网格员庞晓雯挨家挨户登记信息。");
        assertTrue(p.containsAll(List.of("甄立群", "甄芳", "庞晓雯")), p.toString());
        assertFalse(p.contains("甄芳正"), p.toString());
        // a conjunction after the noun, a verb and 家 (a verb and its object)
        List<String> q = people("医护人员为住院患者和疑似病人送餐。平台实现家乐惠、某某小店等业态全覆盖。");
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void framesOnlyAPersonFills() {
        List<String> p = people("郑晓峰的妻子甄丽娜也是一名护士。在甄立群看来，做公益是一件快乐的事。据卡维莉介绍，树苗已栽种完毕。"
                + "由柏文澜执导的话剧将于下月首演。戚振邦、卞一鸣、瓦娜娃等人获得表彰。");
        assertTrue(p.containsAll(List.of("郑晓峰", "甄立群", "卡维莉", "柏文澜", "戚振邦", "卞一鸣", "瓦娜娃")), p.toString());
        List<String> q = people("在许多人看来，这是好事。公司的同事都来帮忙。高新、万家、金山等人才集聚区。在专家看来，这种做法值得推广。");
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void aNameAVerbOfMeetingTakes() {
        List<String> p = people("记者见到甄立群时，她正在整理货架。");
        assertTrue(p.contains("甄立群"), p.toString());
        List<String> q = people("记者见到成效时，大家都很高兴。采访中，他遇到困难时从不退缩。");
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void aListOfNamesAfterANounForAGroupOfPeople() {
        List<String> p = people("获奖者包括甄立群、戚振邦和瓦娜娃。");
        assertTrue(p.containsAll(List.of("甄立群", "戚振邦", "瓦娜娃")), p.toString());
        List<String> q = people("参与者包括高新企业、万家社区和金山农场。区里有高新、万家两个园区。");
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void aNameBeforeAYearOfBirth() {
        List<String> p = people("甄立群，1985年出生，现任某公司技术总监。");
        assertTrue(p.contains("甄立群"), p.toString());
        List<String> q = people("某某路，1985年建成，全长两公里。");
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void aNounForAPersonThatOpensWithANumeralCharacter() {
        // 大 opens counts and groups (大家, 大批), but 大户 is a person
        List<String> p = people("镇上的种粮大户甄立群今年又扩种了两百亩小麦。");
        assertTrue(p.contains("甄立群"), p.toString());
    }

    @Test
    void aCompoundNameOrATranscriptionAfterANounForAPersonBeforeAWord() {
        List<String> p = people("快递小哥欧阳明轩每天要跑一百多单。");
        assertTrue(p.contains("欧阳明轩"), p.toString());
        List<String> q = people("快递小哥瓦里娅每天要跑一百多单。");
        assertTrue(q.contains("瓦里娅"), q.toString());
        List<String> r = people("快递小哥安排好了每天的路线。");
        assertTrue(r.isEmpty(), r.toString());
    }

    @Test
    void moreKinNounsBeforeAName() {
        List<String> p = people("她的老伴甄立群身体一直不好。老两口的儿媳庞晓雯常年照顾婆婆。");
        assertTrue(p.containsAll(List.of("甄立群", "庞晓雯")), p.toString());
        List<String> q = people("哥哥姐姐们都来了。");
        assertTrue(q.isEmpty(), q.toString());
    }
}
