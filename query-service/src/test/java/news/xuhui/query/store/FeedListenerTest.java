package news.xuhui.query.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.subscription.Cancellable;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.infra.PostgresServer;

/**
 * The feed hears the writes of other instances of the service (here: another connection to the same database), once
 * they commit, and never a rolled-back one.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class FeedListenerTest {

    @Inject
    ArticleFeed feed;

    private static Connection otherInstance() throws SQLException {
        return DriverManager.getConnection(InfraTestResource.infra().postgres().jdbcUrl(), PostgresServer.USER,
                PostgresServer.PASSWORD);
    }

    @Test
    void hearsCommittedWritesOfOtherInstancesOnly() throws Exception {
        List<Long> heard = new CopyOnWriteArrayList<>();
        Cancellable subscription = feed.commits().subscribe().with(heard::add);
        try (Connection other = otherInstance()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.execute("select pg_notify('" + ArticleFeed.CHANNEL + "', '900000001')");
                other.rollback();
                s.execute("select pg_notify('" + ArticleFeed.CHANNEL + "', '900000002')");
                other.commit();
            }
        }
        Awaitility.await("the committed write is heard").atMost(Duration.ofSeconds(10))
                .until(() -> heard.contains(900000002L));
        assertFalse(heard.contains(900000001L), "a rolled-back write is never announced: " + heard);
        subscription.cancel();
    }

    @Test
    void aPayloadThatIsNoNumberStillWakesFollowers() {
        assertEquals(ArticleFeed.UNKNOWN, FeedListener.feedSeq("x"));
        assertEquals(42L, FeedListener.feedSeq("42"));
    }
}
