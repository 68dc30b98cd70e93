package news.xuhui.ingest.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The feeding app's words: Chinese here, English in {@code messages/msg_en.properties} (same keys, the method names).
 * The template uses them as {@code msg:}; the page's script gets the ones it needs from {@link ClientMessages}.
 */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface FeedMessages {

    @Message("投稿 — 徐汇报稿件入库")
    String title();

    @Message("稿件入库")
    String heading();

    @Message("收件箱")
    String gaugesHeading();

    @Message("等待中")
    String gaugeWaiting();

    @Message("处理中")
    String gaugeInFlight();

    @Message("今日失败")
    String gaugeFailedToday();

    @Message("上传版面文件")
    String dropHeading();

    @Message("把一个或多个版面文件拖到这里，或者")
    String dropHint();

    @Message("选择文件")
    String chooseFiles();

    @Message("文件")
    String columnFile();

    @Message("状态")
    String columnState();

    @Message("结果")
    String columnResult();

    @Message("预览（只解析，不发布）")
    String previewHeading();

    @Message("粘贴版面文本")
    String previewTextLabel();

    @Message("或选择一个版面文件")
    String previewFileLabel();

    @Message("解析预览")
    String previewRun();

    @Message("预览结果")
    String previewResultsHeading();

    @Message("阅读文章")
    String readingAppLink();

    // ---- words the page's script shows (see ClientMessages) ----

    @Message("上传中")
    String stateUploading();

    @Message("等待处理")
    String stateWaiting();

    @Message("处理中")
    String stateProcessing();

    @Message("已入库")
    String stateProcessed();

    @Message("重复")
    String stateDuplicate();

    @Message("失败")
    String stateFailed();

    @Message("与已入库的文件内容相同：")
    String duplicateOf();

    @Message("文章")
    String article();

    @Message("段")
    String paragraphs();

    @Message("（无标题）")
    String untitled();

    @Message("解析服务正忙，请稍后再试。")
    String previewBusy();

    @Message("文件太大，无法预览。")
    String previewTooLarge();

    @Message("预览失败。")
    String previewFailed();

    @Message("上传被拒绝：")
    String uploadRefused();

    @Message("没有找到文章。")
    String previewNoArticles();

    // ---- failure reasons (page.FailureReason), in plain words ----

    @Message("是符号链接，不会被读取；请把文件本身复制进来")
    String reasonSymbolicLink();

    @Message("文件太大")
    String reasonTooLarge();

    @Message("文件是空的")
    String reasonEmpty();

    @Message("文件无法读取")
    String reasonUnreadable();

    @Message("有一行过长，不像是版面文本")
    String reasonLineTooLong();

    @Message("无法识别文字编码")
    String reasonUndecodable();

    @Message("不是文本文件（二进制内容）")
    String reasonBinary();

    @Message("解析程序出错，已记录，请联系维护人员")
    String reasonParserError();

    @Message("没有找到文章正文")
    String reasonNoArticles();

    @Message("有一篇文章太大，消息系统不接受")
    String reasonRecordTooLarge();

    @Message("无法入库")
    String reasonUnknown();
}
