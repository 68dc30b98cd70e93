package news.xuhui.e2e;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.restassured.path.json.JsonPath;

/** Synthetic pages for load and fault tests: each distinct, laid out like a simple real page. */
public final class Pages {

    private static final String[] SUBJECTS = { "街道", "社区", "区文旅局", "区教育局", "区卫健委", "区市场监管局", "区总工会",
        "区妇联" };
    private static final String[] DEEDS = { "举办了便民服务活动", "完成了老旧小区改造", "开通了新的公交线路", "启用了社区食堂",
        "组织了防汛演练", "推出了线上预约服务", "新建了口袋公园", "开展了垃圾分类宣传" };

    private Pages() {
    }

    public record Page(String name, byte[] bytes) {
    }

    public static List<Page> generate(String batch, int count, long seed) {
        Random r = new Random(seed);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String subject = SUBJECTS[r.nextInt(SUBJECTS.length)];
            String deed = DEEDS[r.nextInt(DEEDS.length)];
            String text = "# " + subject + deed + "（" + batch + "-" + i + "）\n\n"
                    + "本报讯 近日，" + subject + deed + "，" + (r.nextInt(900) + 100) + "名居民参与，编号" + batch + i + "。\n\n"
                    + "据介绍，" + subject + "今年还将继续推进" + (r.nextInt(20) + 1) + "个项目，让居民得到更多实惠。\n";
            pages.add(new Page(batch + "-" + i + ".txt", text.getBytes(StandardCharsets.UTF_8)));
        }
        return pages;
    }

    /**
     * {@code count} distinct pages made from the real pages in {@code seeds/} (under {@code project.root}), in turn, each
     * with a serial number added at its end: the articles of real pages, in size and in number per page, with ids of
     * their own (an article id derives from its page's content).
     */
    public static List<Page> fromSeeds(String batch, int count) {
        Path seeds = Path.of(System.getProperty("project.root", "../../..")).resolve("seeds");
        List<byte[]> real = new ArrayList<>();
        try (var files = Files.list(seeds)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                real.add(Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = new String(real.get(i % real.size()), StandardCharsets.UTF_8) + "\n\n（" + batch + "编号" + i
                    + "）\n";
            pages.add(new Page(batch + "-" + i + ".txt", text.getBytes(StandardCharsets.UTF_8)));
        }
        return pages;
    }

    /** The article ids a page yields, as the ingest-service's parse endpoint says. */
    static List<String> expectedIds(String ingestBaseUri, byte[] bytes) {
        JsonPath parsed = given().baseUri(ingestBaseUri).body(bytes).contentType("application/octet-stream")
                .post("/api/parse").then().statusCode(200).extract().jsonPath();
        String prefix = parsed.getString("sourceFile.sha256").substring(0, 16);
        int n = parsed.getList("articles").size();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(prefix + "-" + String.format("%02d", i));
        }
        return ids;
    }

    public static void drop(Path inbox, Page page) throws IOException {
        Path tmp = inbox.resolve("." + page.name() + ".part");
        Files.write(tmp, page.bytes());
        Files.move(tmp, inbox.resolve(page.name()));
    }
}
