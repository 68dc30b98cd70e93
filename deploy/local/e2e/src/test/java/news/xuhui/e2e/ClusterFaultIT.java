package news.xuhui.e2e;

import static news.xuhui.e2e.FaultToleranceIT.articlesInStore;
import static news.xuhui.e2e.FaultToleranceIT.assertNothingLostOrDuplicated;
import static news.xuhui.e2e.FaultToleranceIT.processed;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import news.xuhui.infra.KafkaBroker;
import news.xuhui.infra.LocalInfra;
import news.xuhui.infra.Ports;

/**
 * The local cluster of {@code run.sh --cluster} under faults: three KRaft nodes, two ingest instances on one inbox,
 * two query replicas on one database. While 1,000 distinct pages go through, in turn the node leading a partition of
 * {@code news.articles} is killed (and restarted), an ingest instance is killed, a query replica is killed (each
 * restarted after a while, as an orchestrator would). Nothing may be lost or duplicated, counted as
 * {@link FaultToleranceIT} counts. Too long for every {@code ./mvnw verify} on two cores: run it with
 * {@code ./mvnw -pl deploy/local/e2e -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=ClusterFaultIT -Dfailsafe.failIfNoSpecifiedTests=false}.
 */
class ClusterFaultIT extends EndToEndTest {

    static ServiceProcess query2;
    static ServiceProcess ingest2;

    @BeforeAll
    static void startCluster() throws IOException {
        createWork("cluster");
        LocalInfra started = LocalInfra.startCluster(work.resolve("data"),
                List.of(Ports.free(), Ports.free(), Ports.free()), Ports.free());
        useInfrastructure(started, started.environment());
        query = start("query-service", Map.of());
        query2 = start("query-service", Map.of());
        ingest = start("ingest-service", Map.of("INGEST_INSTANCE_ID", "a"));
        ingest2 = start("ingest-service", Map.of("INGEST_INSTANCE_ID", "b"));
    }

    @AfterAll
    static void stopSecondInstances() {
        SystemUnderTest.stop(ingest2, query2);
    }

    @Test
    void aThousandPagesThroughABrokerAnIngestAndAQueryCrashLoseAndDoubleNothing() throws Exception {
        Batch batch = Batch.generate("cluster", 1000, 14);
        long before = articlesInStore();
        long started = System.nanoTime();
        batch.dropInto(inbox);

        // faults while files are still being processed (ingest side) and articles still stored (query side)
        awaitProcessed(batch, 100);
        KafkaBroker leader = infra.cluster().leaderOf("news.articles", 0);
        leader.kill(); // SIGKILL: the partitions it led move to the other two nodes
        awaitProcessed(batch, 250);
        leader.restart();

        awaitProcessed(batch, 400);
        ingest2.kill(); // what it had claimed waits in its work folder for its restart
        awaitProcessed(batch, 550);
        ingest2 = start("ingest-service", Map.of("INGEST_INSTANCE_ID", "b"));

        awaitStored(before + batch.articleIds().size() / 2);
        query2.kill(); // its partitions go to the other replica; uncommitted records are read again
        long lastFault = System.nanoTime();
        query2 = start("query-service", Map.of());

        assertNothingLostOrDuplicated("cluster", batch, Duration.ofSeconds(900),
                "killedNode=" + leader.nodeId() + " instances=2 replicas=2");
        System.out.printf("cluster: %d pages in %.1f s; recovered %.1f s after the last fault%n", batch.pages.size(),
                (System.nanoTime() - started) / 1e9, (System.nanoTime() - lastFault) / 1e9);
    }

    private static void awaitProcessed(Batch batch, int pages) {
        Awaitility.await(pages + " pages processed").atMost(Duration.ofSeconds(300))
                .pollInterval(Duration.ofMillis(100)).until(() -> batch.filesIn(processed()) >= pages);
    }

    private static void awaitStored(long articles) {
        Awaitility.await(articles + " articles stored").atMost(Duration.ofSeconds(300))
                .pollInterval(Duration.ofMillis(200)).until(() -> articlesInStore() >= articles);
    }
}
