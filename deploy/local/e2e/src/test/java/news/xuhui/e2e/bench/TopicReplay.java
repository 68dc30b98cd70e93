package news.xuhui.e2e.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Replays a topic's records into a fresh topic of as many partitions, each record to the partition it came from (so
 * every article's records keep their order). The catch-up runs consume such a copy: their replicas are started, and
 * their consumer group has settled with every replica holding partitions, before the first record arrives. Consuming
 * the original topic instead, the first replica up drained most of it while the second was still starting (and then
 * both paused for a rebalance), so "2 replicas" measured one replica and a start-up.
 */
final class TopicReplay {

    private final String bootstrap;

    TopicReplay(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Creates {@code target} with the partitions of {@code source}. */
    void createLike(String source, String target) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            int partitions = admin.describeTopics(List.of(source)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(source).partitions().size();
            admin.createTopics(List.of(new NewTopic(target, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    /** Waits until the group is stable with {@code members} members, each assigned at least one partition. */
    void awaitSettled(String group, int members, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            while (System.nanoTime() < deadline) {
                ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).all()
                        .get(30, TimeUnit.SECONDS).get(group);
                if (d.groupState() == GroupState.STABLE && d.members().size() == members
                        && d.members().stream().map(MemberDescription::assignment)
                                .allMatch(a -> !a.topicPartitions().isEmpty())) {
                    return;
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("consumer group " + group + " did not settle with " + members + " members");
    }

    /** Copies every committed record of {@code source} to {@code target}; returns how many. */
    long copy(String source, String target) {
        Map<String, Object> consumer = new HashMap<>();
        consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        Map<String, Object> producer = new HashMap<>();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        producer.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        producer.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 10 * 1024 * 1024);
        long copied = 0;
        try (KafkaConsumer<byte[], byte[]> in = new KafkaConsumer<>(consumer, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
                KafkaProducer<byte[], byte[]> out = new KafkaProducer<>(producer, new ByteArraySerializer(),
                        new ByteArraySerializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            in.partitionsFor(source).forEach(p -> partitions.add(new TopicPartition(source, p.partition())));
            in.assign(partitions);
            in.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = in.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> in.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> r : in.poll(Duration.ofMillis(500))) {
                    out.send(new ProducerRecord<>(target, r.partition(), null, r.key(), r.value(), r.headers()));
                    copied++;
                }
            }
            out.flush();
        }
        return copied;
    }
}
