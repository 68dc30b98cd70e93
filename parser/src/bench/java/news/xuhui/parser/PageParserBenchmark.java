package news.xuhui.parser;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pages per second per core over the seed pages and the development set together (29 pages), with and without
 * person extraction. One operation parses one page ({@link OperationsPerInvocation} = number of pages), on one
 * thread, so the score reads as pages/s per core.
 *
 * <p>{@code parser=baseline} runs an earlier parser in the same run, for a ratio measured under the same machine
 * load: give its self-contained jar in {@code PARSER_BASELINE_JAR} (build it from the earlier commit with
 * {@code ./mvnw -pl parser package}). It is loaded in a class loader of its own, so both versions coexist.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 4, time = 4)
@Measurement(iterations = 5, time = 4)
public class PageParserBenchmark {

    /** Seeds (5) and development set (24). */
    static final int PAGES = 29;

    @Param({"true", "false"})
    public boolean personExtraction;

    @Param({"current"})
    public String parser;

    private final List<byte[]> pages = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private MethodHandle parse;
    private Object instance;

    @Setup
    public void setUp() throws Throwable {
        read(Path.of(System.getProperty("seeds.dir", "../seeds")));
        read(Path.of(System.getProperty("dev.dir", "src/test/resources/dev/pages")));
        if (pages.size() != PAGES) {
            throw new IllegalStateException("expected " + PAGES + " pages (seeds and dev set), found " + pages.size());
        }
        if (parser.equals("current")) {
            PageParser p = new PageParser(ParserOptions.defaults().withPersonExtraction(personExtraction));
            instance = p;
            parse = MethodHandles.lookup().findVirtual(PageParser.class, "parse",
                    MethodType.methodType(ParsedPage.class, byte[].class, String.class));
            return;
        }
        String jar = System.getProperty("baseline.jar", System.getenv("PARSER_BASELINE_JAR"));
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("parser=baseline needs the earlier parser's self-contained jar in "
                    + "PARSER_BASELINE_JAR (the bench profile sets it from -Dbench.baseline.jar)");
        }
        ClassLoader own = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
        Class<?> type = own.loadClass(PageParser.class.getName());
        Class<?> optionsType = own.loadClass(ParserOptions.class.getName());
        Object defaults = optionsType.getMethod("defaults").invoke(null);
        Object options = optionsType.getMethod("withPersonExtraction", boolean.class).invoke(defaults, personExtraction);
        instance = type.getConstructor(optionsType).newInstance(options);
        parse = MethodHandles.publicLookup().findVirtual(type, "parse",
                MethodType.methodType(own.loadClass(ParsedPage.class.getName()), byte[].class, String.class));
    }

    private void read(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                pages.add(Files.readAllBytes(p));
                names.add(p.getFileName().toString());
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void parsePages(Blackhole bh) throws Throwable {
        for (int i = 0; i < PAGES; i++) {
            bh.consume(parse.invoke(instance, pages.get(i), names.get(i)));
        }
    }
}
