package news.xuhui.query.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Synthesises article events from the seeds' sentences: every article recombines seed sentences into 3-10
 * paragraphs, and every person name of the seeds is replaced by one of a pool of generated names drawn with a
 * Zipf-Mandelbrot law (a few names often, most rare), so that names, words and filters have the spread of a real archive.
 * Deterministic for a given seed.
 */
final class Corpus {

    static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
            .split("");
    static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建文斌宇浩凯健俊帆帅旭宁龙林欣晨晓雪梅琳"
            + "颖婷佳丹萌倩雯慧志新立国庆春红海波东亮峰毅博诚哲睿思嘉晖";
    static final String[] SOURCES = { "区委办", "区人大办", "区政协办", "区政府办", "区规划资源局", "区教育局", "区卫健委",
            "区科委", "区商务委", "区文旅局", "区民政局", "区生态环境局", "区融媒体中心", "区总工会", "团区委", "区妇联" };

    static final int NAME_RANK_SHIFT = 25;

    final List<String> sentences = new ArrayList<>();
    final List<String> titles = new ArrayList<>();
    final List<String> seedNames = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    private final double[] nameCdf;
    private final Random random;
    private final ObjectMapper json = new ObjectMapper();

    Corpus(Path goldDir, long seed, int poolSize) throws IOException {
        random = new Random(seed);
        Set<String> people = new LinkedHashSet<>();
        try (var files = Files.list(goldDir)) {
            for (Path f : files.sorted().toList()) {
                JsonNode gold = json.readTree(f.toFile());
                for (JsonNode a : gold.get("articles")) {
                    if (a.hasNonNull("title")) {
                        titles.add(a.get("title").asText());
                    }
                    a.get("peopleMustInclude").forEach(p -> people.add(p.asText()));
                    List<String> paras = new ArrayList<>();
                    a.get("paragraphs").forEach(p -> paras.add(p.asText()));
                    a.get("sections").forEach(s -> s.get("paragraphs").forEach(p -> paras.add(p.asText())));
                    for (String p : paras) {
                        Matcher m = Pattern.compile("[^。！？]+[。！？]?").matcher(p);
                        while (m.find()) {
                            if (m.group().length() >= 8) {
                                sentences.add(m.group());
                            }
                        }
                    }
                }
            }
        }
        seedNames.addAll(people);
        Set<String> pool = new LinkedHashSet<>();
        while (pool.size() < poolSize) {
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN.charAt(random.nextInt(GIVEN.length()))
                    + (random.nextInt(4) == 0 ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
            pool.add(name);
        }
        names.addAll(pool);
        nameCdf = zipfCdf(names.size());
    }

    String zipfName(Random r) {
        return draw(names, nameCdf, r);
    }

    /**
     * The cumulative weights of a Zipf-Mandelbrot law, 1/(rank + {@value #NAME_RANK_SHIFT}): about six names per article,
     * the commonest in ~4% of the articles (like a district paper's party secretary), the next ones a little below and
     * a long tail of rare names. A plain Zipf law (1/rank) put the top name in over half the articles, which no real
     * archive shows.
     */
    static double[] zipfCdf(int n) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1 + NAME_RANK_SHIFT);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    /** One of the names, drawn by their cumulative weights. */
    static String draw(List<String> names, double[] cdf, Random r) {
        double u = r.nextDouble();
        int lo = 0;
        int hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return names.get(lo);
    }

    /** Article event number {@code i} (ids are stable: the same i gives the same article). */
    ObjectNode article(int i) {
        Random r = new Random(i * 7919L + 17);
        Set<String> people = new LinkedHashSet<>();
        int paragraphs = 3 + r.nextInt(8);
        ArrayNode paras = json.createArrayNode();
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder sb = new StringBuilder();
            int n = 2 + r.nextInt(4);
            for (int s = 0; s < n; s++) {
                sb.append(renamed(sentences.get(r.nextInt(sentences.size())), r, people));
            }
            paras.add(sb.toString());
        }
        String title = renamed(titles.get(r.nextInt(titles.size())), r, people);
        if (r.nextInt(3) == 0) {
            String name = zipfName(r);
            people.add(name);
            title = name + "：" + title;
        }
        LocalDate date = LocalDate.of(2015, 1, 2).plusWeeks(r.nextInt(570));
        int page = 1 + r.nextInt(16);
        String pageId = sha256("bench-page-" + date + "-" + page + "-" + (i / 6));
        ObjectNode e = json.createObjectNode();
        e.put("schemaVersion", 1);
        e.put("articleId", String.format("%016x-%02d", (long) i * 2654435761L & 0xffffffffffffL, i % 100));
        e.put("pageId", pageId);
        e.put("ordinal", i % 6);
        ObjectNode sf = e.putObject("sourceFile");
        sf.put("name", "bench_" + date + "_" + page + ".txt");
        sf.put("sha256", pageId);
        sf.put("sizeBytes", 4096);
        sf.put("encoding", "UTF-8");
        ObjectNode ed = e.putObject("edition");
        ed.put("paper", "徐汇报");
        ed.put("date", date.toString());
        ed.put("weekday", "星期五");
        ed.putNull("lunarDate");
        ed.put("issueNumber", date.getDayOfYear() / 7 + 1);
        ed.put("totalIssueNumber", 1000 + (int) (date.toEpochDay() - LocalDate.of(2015, 1, 2).toEpochDay()) / 7);
        ed.put("pageCount", 16);
        ed.put("page", page);
        e.putNull("kicker");
        e.put("title", title);
        e.putNull("subtitle");
        ArrayNode authors = e.putArray("authors");
        if (r.nextInt(2) == 0) {
            authors.add(zipfName(r));
        }
        e.put("source", SOURCES[Math.min(SOURCES.length - 1, (int) Math.floor(-Math.log(1 - r.nextDouble()) * 4))]);
        e.putNull("continuedFromPage");
        e.putNull("continuedToPage");
        e.set("paragraphs", paras);
        e.putArray("sections");
        ArrayNode ps = e.putArray("people");
        people.forEach(ps::add);
        e.put("parserVersion", "bench");
        e.put("parsedAt", "2026-01-01T00:00:00Z");
        return e;
    }

    /** The sentence with each seed name replaced by a pool name (recorded in {@code people}). */
    private String renamed(String sentence, Random r, Set<String> people) {
        String out = sentence;
        for (String seedName : seedNames) {
            if (out.contains(seedName)) {
                String name = zipfName(r);
                out = out.replace(seedName, name);
                people.add(name);
            }
        }
        return out;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
