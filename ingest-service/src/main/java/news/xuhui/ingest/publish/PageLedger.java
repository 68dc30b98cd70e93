package news.xuhui.ingest.publish;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import news.xuhui.ingest.security.KafkaClientSecurity;

/**
 * Every page ever published, by content hash, read from the compacted {@code news.pages} topic. Because every
 * instance writes there and reads all of it, a page dropped twice (under any name, on any instance, before or after a
 * restart) is recognised as a duplicate. Files wait until the ledger has read the topic to its end.
 */
@ApplicationScoped
public class PageLedger {

    private static final Logger LOG = Logger.getLogger(PageLedger.class);

    /**
     * What the ledger keeps of a page: enough to answer the status API, to name the original, and for a re-parse to
     * know which articles the page had and which parser version produced them.
     */
    public record Entry(String pageId, String fileName, List<String> articleIds, String parserVersion,
            String parsedAt) {
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "ingest.pages-topic", defaultValue = "news.pages")
    String topic;

    @Inject
    ObjectMapper json;

    @Inject
    KafkaClientSecurity security;

    private final Map<String, Entry> pages = new ConcurrentHashMap<>();
    /** How far the reader has read each partition; compared with the broker's end offsets by {@link #sync}. */
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private volatile boolean caughtUp;
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread reader;

    void onStart(@Observes StartupEvent event) {
        running = true;
        reader = new Thread(this::readForever, "page-ledger");
        reader.setDaemon(true);
        reader.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    /** True once everything published before this instance started has been read. */
    public boolean isCaughtUp() {
        return caughtUp;
    }

    public Optional<Entry> find(String pageId) {
        return Optional.ofNullable(pages.get(pageId));
    }

    public Map<String, Entry> all() {
        return Map.copyOf(pages);
    }

    /**
     * Waits until the ledger has read everything committed on the topic up to now. A file whose publishing failed
     * may still have been committed (the broker went away before its answer arrived): before publishing it again the
     * ledger must have seen such a commit. Throws if the broker cannot tell within {@code timeout}.
     */
    public void sync(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, Long> end;
        Map<String, Object> adminConfig = new HashMap<>(security.settings());
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Admin admin = Admin.create(adminConfig)) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            positions.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            end = new HashMap<>();
            admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .forEach((tp, info) -> end.put(tp, info.offset()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while syncing the page ledger", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot sync the page ledger with the broker: " + e.getMessage(), e);
        }
        while (!end.entrySet().stream().allMatch(e -> positions.getOrDefault(e.getKey(), -1L) >= e.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the page ledger did not catch up within " + timeout.toSeconds() + " s");
            }
            sleep(Duration.ofMillis(20));
        }
    }

    /** Records a page this instance just published, without waiting to read it back. */
    public void remember(PageEvent page) {
        pages.put(page.pageId(), entry(page));
    }

    private static Entry entry(PageEvent page) {
        return new Entry(page.pageId(), page.sourceFile() == null ? null : page.sourceFile().name(),
                page.articleIds() == null ? List.of() : page.articleIds(), page.parserVersion(), page.parsedAt());
    }

    private void readForever() {
        while (running) {
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(config(), new StringDeserializer(),
                    new StringDeserializer())) {
                consumer = c;
                List<TopicPartition> partitions = partitions(c);
                c.assign(partitions);
                c.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = new HashMap<>(c.endOffsets(partitions, Duration.ofSeconds(30)));
                while (running) {
                    for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) {
                        read(r);
                    }
                    for (TopicPartition tp : partitions) {
                        positions.put(tp, c.position(tp));
                    }
                    if (!caughtUp && end.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue())) {
                        caughtUp = true;
                        LOG.infof("page ledger caught up: %d pages known", pages.size());
                    }
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                // broker unreachable or topic missing: files wait (they are not taken before the ledger caught up)
                LOG.warnf("page ledger cannot read %s yet: %s", topic, e.getMessage());
                sleep(Duration.ofSeconds(2));
            } finally {
                consumer = null;
            }
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> c) {
        List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(30));
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " has no partitions");
        }
        return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    private void read(ConsumerRecord<String, String> r) {
        if (r.value() == null) {
            pages.remove(r.key()); // a tombstone: the page was withdrawn
            return;
        }
        try {
            PageEvent page = json.readValue(r.value(), PageEvent.class);
            if (page.pageId() != null) {
                pages.put(page.pageId(), entry(page));
            }
        } catch (Exception e) {
            LOG.warnf("ignoring unreadable record at %s-%d@%d: %s", r.topic(), r.partition(), r.offset(), e.getMessage());
        }
    }

    private Map<String, Object> config() {
        Map<String, Object> config = new HashMap<>(security.settings());
        config.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "ingest-ledger-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000));
        return config;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
