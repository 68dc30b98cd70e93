package news.xuhui.parser;

import java.io.IOException;
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
 * Pages per second per core over the seed pages, with and without person extraction. One operation parses one
 * page ({@link OperationsPerInvocation} = number of seeds), on one thread, so the score reads as pages/s per core.
 * Seeds are read from {@code -Dseeds.dir} (default {@code ../seeds}, relative to the ingest-service module).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
public class PageParserBenchmark {

    static final int SEEDS = 5;

    @Param({"true", "false"})
    public boolean personExtraction;

    private PageParser parser;
    private final List<byte[]> pages = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    @Setup
    public void setUp() throws IOException {
        parser = new PageParser(ParserOptions.defaults().withPersonExtraction(personExtraction));
        Path dir = Path.of(System.getProperty("seeds.dir", "../seeds"));
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                pages.add(Files.readAllBytes(p));
                names.add(p.getFileName().toString());
            }
        }
        if (pages.size() != SEEDS) {
            throw new IllegalStateException("expected " + SEEDS + " seed pages in " + dir.toAbsolutePath()
                    + ", found " + pages.size());
        }
    }

    @Benchmark
    @OperationsPerInvocation(SEEDS)
    public void parseSeedPages(Blackhole bh) throws PageParseException {
        for (int i = 0; i < SEEDS; i++) {
            bh.consume(parser.parse(pages.get(i), names.get(i)));
        }
    }
}
