package news.xuhui.query.rest;

/** Response examples for the OpenAPI document (shortened real data from the seeds). */
final class Examples {

    private Examples() {
    }

    static final String SEARCH = """
            {"page":0,"size":20,"total":1,"totalPages":1,"items":[{"id":"a83f02c6d91e4b57-00","kicker":null,
            "title":"徐汇区“两会”党员负责人会议举行","subtitle":null,"authors":[],"source":"区人大办",
            "edition":{"paper":"徐汇报","date":"2025-12-30","weekday":"星期二","lunarDate":null,"issueNumber":null,
            "totalIssueNumber":null,"pageCount":8,"page":1},"sourceFileName":"page-03.txt",
            "excerpt":"2025年12月29日下午，徐汇区十七届人大九次会议…","storedAt":"2026-01-02T08:00:00Z","score":0.6,
            "highlightedTitle":"徐汇区“两会”党员负责人会议举行",
            "snippet":"…党员负责人会议举行，区委书记<mark>张建国</mark>主持会议。区人大常委会主任王丽…"}]}""";

    static final String ARTICLE = """
            {"id":"7c41d2a95be03f18-00","pageId":"7c41d2a95be03f18…","ordinal":0,
            "edition":{"paper":"徐汇报","date":"2024-01-01","weekday":"星期一","lunarDate":"癸卯年十一月二十",
            "issueNumber":1,"totalIssueNumber":1759,"pageCount":16,"page":1},
            "sourceFile":{"name":"page-01.txt","sha256":"7c41d2a95be03f18…","encoding":"UTF-8"},
            "kicker":null,"title":"徐汇区委全会通过重磅《实施方案》","subtitle":null,"authors":[],"source":"区委办",
            "continuedFromPage":null,"continuedToPage":2,
            "continuesFrom":null,"continuesTo":{"id":"0a1b2c3d4e5f6a7b-00","title":null,"page":2,
            "href":"/api/articles/0a1b2c3d4e5f6a7b-00"},
            "paragraphs":["…"],"sections":[],"people":["张建国"],"parserVersion":"1.0","storedAt":"2026-01-02T08:00:00Z"}""";

    static final String FACETS = """
            {"total":42,"exact":true,"sampledOneIn":1,"months":[{"value":"2024-01","count":30},{"value":"2023-12","count":12}],
            "sources":[{"value":"区委办","count":20}],"people":[{"value":"张建国","count":17}]}""";

    static final String EDITIONS = """
            {"page":0,"size":20,"total":1,"totalPages":1,"items":[{"paper":"徐汇报","date":"2024-01-01",
            "weekday":"星期一","lunarDate":"癸卯年十一月二十","issueNumber":1,"totalIssueNumber":1759,"pageCount":16,
            "pages":[1,2],"articleCount":5,"teaserCount":1,"href":"/api/editions/2024-01-01"}]}""";

    static final String EDITION = """
            {"date":"2024-01-01","editions":[{"paper":"徐汇报","date":"2024-01-01","weekday":"星期一",
            "lunarDate":"癸卯年十一月二十","issueNumber":1,"totalIssueNumber":1759,"pageCount":16,"pages":[{"page":1,
            "pageIds":["7c41d2a9…"],"sourceFiles":["page-01.txt"],
            "teasers":[{"title":"党的二十届三中全会精神引发徐汇广大干部群众热烈反响","seePages":"8-9",
            "articleIds":[]}],"articles":[{"id":"7c41d2a95be03f18-00","title":"徐汇区委全会通过重磅《实施方案》"}]}]}]}""";

    static final String PEOPLE = """
            {"page":0,"size":20,"total":2,"totalPages":1,"items":[{"name":"张建国","articleCount":17,
            "href":"/api/people/%E5%BC%A0%E5%BB%BA%E5%9B%BD/articles"},{"name":"王丽","articleCount":4,
            "href":"/api/people/%E6%9D%8E%E6%96%B0%E5%8D%8E/articles"}]}""";

    static final String STREAM = """
            :articles written after 1023
            id:1023

            id:1024
            data:{"id":"7c41d2a95be03f18-00","title":"徐汇区委全会通过重磅《实施方案》","source":"区委办",
            "edition":{"paper":"徐汇报","date":"2024-01-01","page":1},"excerpt":"…","storedAt":"2026-01-02T08:00:00Z"}

            :heartbeat
            """;

    static final String BAD_PARAMETER = """
            {"type":"urn:news.xuhui:problem:invalid-parameter","title":"Bad Request","status":400,
            "detail":"parameter 'size' must be less than or equal to 100","instance":"/api/articles",
            "parameter":"size"}""";

    static final String BUSY = """
            {"type":"urn:news.xuhui:problem:search-busy","title":"Service Unavailable","status":503,
            "detail":"too many searches at once; none finished within 10000 ms, try again shortly",
            "instance":"/api/articles"}""";
}
