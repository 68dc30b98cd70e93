package news.xuhui.e2e.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import news.xuhui.e2e.Pages;
import news.xuhui.e2e.ServiceProcess;
import news.xuhui.infra.LocalInfra;
import news.xuhui.infra.Ports;
import news.xuhui.infra.TopicReader;

/**
 * Ingest throughput from drop to commit, against the raw Kafka producer rate for records of the same size, measured
 * in the same run on the same broker. Not a test: run with
 * {@code ./mvnw -pl deploy/local/e2e -am -Pbench -DskipTests verify} (PAGES=10000 by default).
 */
public final class IngestThroughputBenchmark {

    public static void main(String[] args) throws Exception {
        int pages = Integer.parseInt(System.getenv().getOrDefault("PAGES", "10000"));
        Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "bench-");
        Path inbox = work.resolve("inbox");
        try (LocalInfra infra = LocalInfra.start(work.resolve("data"), Ports.free(), Ports.free())) {
            Map<String, String> env = new HashMap<>(infra.environment());
            env.put("INGEST_INBOX", inbox.toString());
            List<Pages.Page> batch = Pages.generate("bench", pages, 42);
            long bytes = batch.stream().mapToLong(p -> p.bytes().length).sum();

            double ingestSeconds;
            long peakRss;
            try (ServiceProcess ingest = ServiceProcess.start("ingest-service", env, work)) {
                long start = System.nanoTime();
                for (Pages.Page p : batch) {
                    Pages.drop(inbox, p);
                }
                double dropSeconds = (System.nanoTime() - start) / 1e9;
                while (count(inbox.resolve("processed")) < pages) {
                    Thread.sleep(100);
                }
                ingestSeconds = (System.nanoTime() - start) / 1e9;
                peakRss = ingest.peakRssMiB();
                System.out.printf("dropped %d pages (%.1f MB) in %.1f s%n", pages, bytes / 1e6, dropSeconds);
            }

            // the records the pipeline wrote: their count and average size make the baseline's workload
            List<ConsumerRecord<String, String>> articles = TopicReader.readUntil(infra.kafka().bootstrapServers(),
                    "news.articles", Duration.ofSeconds(120), r -> r.size() >= pages);
            List<ConsumerRecord<String, String>> pageRecords = TopicReader.readUntil(infra.kafka().bootstrapServers(),
                    "news.pages", Duration.ofSeconds(120), r -> r.size() >= pages);
            int articleSize = (int) articles.stream().mapToInt(r -> r.value().length()).average().orElse(1000);
            int pageSize = (int) pageRecords.stream().mapToInt(r -> r.value().length()).average().orElse(500);
            double articlesPerPage = articles.size() / (double) pages;

            double txSeconds = rawProducer(infra, pages, articleSize, pageSize, (int) Math.round(articlesPerPage), true);
            double plainSeconds = rawProducer(infra, pages, articleSize, pageSize, (int) Math.round(articlesPerPage), false);

            System.out.println();
            System.out.printf("pipeline drop->commit : %6.0f pages/s  %6.0f articles/s  (%d pages, %.1f s, peak RSS %d MiB)%n",
                    pages / ingestSeconds, articles.size() / ingestSeconds, pages, ingestSeconds, peakRss);
            System.out.printf("raw producer, 1 tx/page: %6.0f pages/s  (records of %d + %d chars)%n", pages / txSeconds,
                    articleSize, pageSize);
            System.out.printf("raw producer, no tx    : %6.0f pages/s%n", pages / plainSeconds);
            System.out.printf("ratio pipeline / raw tx = %.2f ; pipeline / raw no-tx = %.2f%n",
                    txSeconds / ingestSeconds, plainSeconds / ingestSeconds);
        }
    }

    private static double rawProducer(LocalInfra infra, int pages, int articleSize, int pageSize, int perPage,
            boolean transactional) {
        Map<String, Object> config = new HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true));
        if (transactional) {
            config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "bench-baseline");
        }
        String article = "字".repeat(Math.max(1, articleSize / 3));
        String page = "页".repeat(Math.max(1, pageSize / 3));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            if (transactional) {
                producer.initTransactions();
            }
            long start = System.nanoTime();
            for (int i = 0; i < pages; i++) {
                if (transactional) {
                    producer.beginTransaction();
                }
                for (int a = 0; a < perPage; a++) {
                    producer.send(new ProducerRecord<>("bench.articles", "p" + i + "-" + a, article));
                }
                producer.send(new ProducerRecord<>("bench.pages", "p" + i, page));
                if (transactional) {
                    producer.commitTransaction();
                }
            }
            producer.flush();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static long count(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }
}
