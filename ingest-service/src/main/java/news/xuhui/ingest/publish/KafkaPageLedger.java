package news.xuhui.ingest.publish;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

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
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.ingest.page.PageLedger;
import news.xuhui.ingest.page.PublishedPage;
import news.xuhui.ingest.security.KafkaClientSecurity;

/**
 * The page ledger read from the compacted topic of the page records ({@code ingest.pages-topic}, default
 * {@code news.pages}). Because every instance writes there and reads all of it, a page dropped twice (under any name,
 * on any instance, before or after a restart) is recognised as a duplicate. Files wait until the ledger has read the
 * topic to its end.
 */
@ApplicationScoped
public class KafkaPageLedger implements PageLedger {

    private static final Logger LOG = Logger.getLogger(KafkaPageLedger.class);

    private final String bootstrapServers;
    private final IngestConfig config;
    private final ObjectMapper json;
    private final KafkaClientSecurity security;
    /** Quarkus's managed worker pool: the reader is one long task there, ended by cancelling it. */
    private final ExecutorService executor;

    private final Map<String, PublishedPage> pages = new ConcurrentHashMap<>();
    /** How far the reader has read each partition; compared with the broker's end offsets by {@link #sync}. */
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private volatile boolean caughtUp;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile Future<?> reader;

    /** The ledger with its settings, as the container makes it, or as a test makes a second one. */
    @Inject
    KafkaPageLedger(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, IngestConfig config,
            ObjectMapper json, KafkaClientSecurity security, ExecutorService executor) {
        this.bootstrapServers = bootstrapServers;
        this.config = config;
        this.json = json;
        this.security = security;
        this.executor = executor;
    }

    void onStart(@Observes StartupEvent event) {
        reader = executor.submit(this::readForever);
    }

    void onStop(@Observes ShutdownEvent event) {
        Future<?> r = reader;
        if (r != null) {
            r.cancel(true);
        }
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    @Override
    public boolean isCaughtUp() {
        return caughtUp;
    }

    @Override
    public Optional<PublishedPage> find(String pageId) {
        return Optional.ofNullable(pages.get(pageId));
    }

    @Override
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

    @Override
    public void remember(PublishedPage page) {
        pages.put(page.pageId(), page);
    }

    private void readForever() {
        while (!Thread.currentThread().isInterrupted()) {
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(config(), new StringDeserializer(),
                    new StringDeserializer())) {
                consumer = c;
                List<TopicPartition> partitions = partitions(c);
                c.assign(partitions);
                c.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = new HashMap<>(c.endOffsets(partitions, Duration.ofSeconds(30)));
                while (!Thread.currentThread().isInterrupted()) {
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
            } catch (WakeupException | InterruptException e) {
                return; // stopped
            } catch (RuntimeException e) {
                // broker unreachable or topic missing: files wait (they are not taken before the ledger caught up)
                LOG.warnf("page ledger cannot read %s yet: %s", config.pagesTopic(), e.getMessage());
                sleep(Duration.ofSeconds(2));
            } finally {
                consumer = null;
            }
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> c) {
        List<PartitionInfo> infos = c.partitionsFor(config.pagesTopic(), Duration.ofSeconds(30));
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("topic " + config.pagesTopic() + " has no partitions");
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
                pages.put(page.pageId(), PageEvents.published(page));
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
