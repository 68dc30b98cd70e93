package news.xuhui.parser;

/** Chinese family names (single and compound), for validating person-name candidates. */
final class Surnames {

    private static final String SINGLE = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安"
            + "齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍"
            + "华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾"
            + "隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海"
            + "阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿"
            + "鲜印逯隆茹诸战慕危玉银亢嵩寿后利勾揭竺郦哈钮酆晏郗詹经是束蔚葛衣占步鞠法植达富贲郇斯邴逄桓虎湛禄才承拓寻续钭旷遆韶蓟眭"
            + "习麻庹冶展过历旦户嵇毋居衡宓倪洪阎";
    private static final String[] COMPOUND = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
        "宇文", "司徒", "夏侯", "令狐", "端木", "西门", "南宫", "独孤", "万俟", "呼延", "闻人", "澹台", "申屠", "太史", "轩辕"};

    private Surnames() {
    }

    static boolean compoundSurname(String name) {
        for (String c : COMPOUND) {
            if (name.startsWith(c)) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWithSurname(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (String c : COMPOUND) {
            if (name.startsWith(c)) {
                return name.length() >= 3;
            }
        }
        return SINGLE.indexOf(name.charAt(0)) >= 0;
    }
}
