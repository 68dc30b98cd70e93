package news.xuhui.query.web;

import java.time.LocalDate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The reading app's words, in Chinese; {@code messages/msg_en.properties} has them in English. Templates use them as
 * {@code {msg:name}}; the page's locale ({@link ReadingApp#localized}) picks the language.
 */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface AppMessages {

    /** The page's {@code lang} attribute. */
    @Message("zh-CN")
    String lang();

    @Message("徐汇报档案")
    String appName();

    @Message("站点导航")
    String siteNav();

    @Message("跳到正文")
    String skip();

    @Message("搜索")
    String navSearch();

    @Message("版面")
    String navEditions();

    @Message("搜索词")
    String searchWords();

    @Message("起始日期")
    String from();

    @Message("截止日期")
    String to();

    @Message("排序")
    String sort();

    @Message("相关度")
    String sortRelevance();

    @Message("最新")
    String sortNewest();

    @Message("最早")
    String sortOldest();

    @Message("搜索")
    String submit();

    @Message("篇新文章 — 点击刷新")
    String newArticles();

    @Message("共找到")
    String results();

    @Message("篇")
    String articlesUnit();

    @Message("约")
    String about();

    @Message("筛选")
    String facets();

    @Message("月份")
    String facetMonths();

    @Message("来源")
    String facetSources();

    @Message("人物")
    String facetPeople();

    @Message("已选条件")
    String chips();

    @Message("{#when name}{#is 'from'}起始{#is 'to'}截止{#is 'paper'}报纸{#is 'editionPage'}版次{#is 'person'}人物"
            + "{#is 'author'}作者{#is 'source'}来源{#else}{name}{/when}")
    String filterName(String name);

    @Message("移除条件")
    String removeFilter();

    @Message("搜索结果")
    String resultList();

    @Message("没有找到相关文章。")
    String empty();

    @Message("参数 {parameter} 有误：{detail}")
    String badParameter(String parameter, String detail);

    @Message("检索繁忙，请稍后再试。")
    String busy();

    @Message("翻页")
    String paging();

    @Message("上一页")
    String prev();

    @Message("下一页")
    String next();

    @Message("第 {page} / {pages} 页")
    String pageOf(int page, int pages);

    @Message("第 {page} 版")
    String editionPage(Integer page);

    @Message("（无标题）")
    String untitled();

    @Message("上接第 {page} 版")
    String continuedFrom(Integer page);

    @Message("下转第 {page} 版")
    String continuedTo(Integer page);

    @Message("作者")
    String authors();

    @Message("来源")
    String source();

    @Message("文中人物")
    String people();

    @Message("来源文件")
    String sourceFile();

    @Message("解析器版本")
    String parserVersion();

    @Message("{date} 第 {page} 版")
    String editionLink(LocalDate date, Integer page);

    @Message("版面")
    String editions();

    @Message("选择月份")
    String month();

    @Message("查看")
    String show();

    @Message("没有版面。")
    String noEditions();

    @Message("{articles} 篇文章，{pages} 个版")
    String editionCounts(long articles, int pages);

    @Message("{count} 篇文章")
    String articleCount(int count);

    @Message("本版文章")
    String pageArticles();

    @Message("本版导读")
    String pageTeasers();

    @Message("详见第 {pages} 版")
    String seePages(String pages);

    @Message("每月文章数")
    String perMonth();

    @Message("{month}：{count} 篇")
    String monthCount(String month, long count);

    @Message("提及{name}的文章")
    String personArticles(String name);

    @Message("找不到页面")
    String notFound();

    @Message("出错了")
    String failed();

    @Message("返回搜索")
    String backToSearch();
}
