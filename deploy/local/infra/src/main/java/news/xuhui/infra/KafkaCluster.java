package news.xuhui.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;

/**
 * Several KRaft nodes on this machine, each both broker and controller, forming one cluster: topics are replicated
 * on every node, so that one node can be killed (a crash, a disk lost) with nothing lost and writes going on.
 */
public final class KafkaCluster implements AutoCloseable {

    private final List<KafkaBroker> nodes;

    private KafkaCluster(List<KafkaBroker> nodes) {
        this.nodes = nodes;
    }

    /**
     * Starts one node per client port, node {@code i} keeping its data in {@code dataDir/node-i}. All are launched
     * before any is waited for: a node serves only once a majority of the controller quorum is up.
     */
    public static KafkaCluster start(Path dataDir, List<Integer> ports) {
        List<Integer> controllerPorts = ports.stream().map(p -> Ports.free()).toList();
        StringBuilder voters = new StringBuilder();
        for (int i = 0; i < ports.size(); i++) {
            voters.append(i == 0 ? "" : ",").append(i + 1).append("@127.0.0.1:").append(controllerPorts.get(i));
        }
        String bootstrap = ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        String clusterId = KafkaBroker.clusterId();
        List<KafkaBroker> nodes = new ArrayList<>();
        for (int i = 0; i < ports.size(); i++) {
            nodes.add(new KafkaBroker(dataDir.resolve("node-" + (i + 1)), ports.get(i), controllerPorts.get(i), null,
                    new KafkaBroker.Membership(i + 1, voters.toString(), bootstrap, ports.size(), clusterId)));
        }
        KafkaCluster cluster = new KafkaCluster(List.copyOf(nodes));
        try {
            nodes.forEach(KafkaBroker::launch);
            nodes.forEach(KafkaBroker::awaitServing);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    public List<KafkaBroker> nodes() {
        return nodes;
    }

    public String bootstrapServers() {
        return nodes.get(0).bootstrapServers();
    }

    /** The node leading partition {@code partition} of {@code topic} now (the one a fault test kills). */
    public KafkaBroker leaderOf(String topic, int partition) {
        try (Admin admin = Admin.create(nodes.get(0).clientConfig())) {
            TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic);
            Node leader = d.partitions().get(partition).leader();
            return nodes.stream().filter(n -> leader != null && n.nodeId() == leader.id()).findFirst()
                    .orElseThrow(() -> new IllegalStateException(topic + "-" + partition + " has no leader"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot describe " + topic, e);
        }
    }

    /** Creates the topics if missing, replicated on every node. */
    public void createTopics(Map<String, Map<String, String>> topics, Map<String, Integer> partitions,
            int defaultPartitions) {
        topics.forEach((name, configs) -> nodes.get(0).createTopics(Map.of(name, configs),
                partitions.getOrDefault(name, defaultPartitions)));
    }

    /**
     * Stops every node at once: one at a time, the last nodes would wait out their controlled shutdown for a quorum
     * that is already gone.
     */
    @Override
    public void close() {
        List<Thread> stopping = nodes.stream().map(n -> new Thread(n::close, "stop-kafka-node-" + n.nodeId())).toList();
        stopping.forEach(Thread::start);
        for (Thread t : stopping) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
