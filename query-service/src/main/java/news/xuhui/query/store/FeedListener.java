package news.xuhui.query.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.StartupEvent;

/**
 * Listens on {@link ArticleFeed#CHANNEL} over one dedicated connection and publishes what it hears to the
 * {@link ArticleFeed}. PostgreSQL delivers a notification only once its transaction has committed, and to every
 * listening instance: a follower of the stream hears of an article stored by any instance of the service, never of one
 * rolled back. If the connection drops, it listens again with backoff and then wakes every follower, since
 * notifications sent in between were lost.
 */
@ApplicationScoped
public class FeedListener {

    private static final Logger LOG = Logger.getLogger(FeedListener.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    @Inject
    DataSource dataSource;

    @Inject
    ArticleFeed feed;

    private volatile boolean running;
    private Thread thread;

    void onStart(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "article-feed-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        boolean failing = false;
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                PGConnection pg = c.unwrap(PGConnection.class);
                try (Statement s = c.createStatement()) {
                    s.execute("listen " + ArticleFeed.CHANNEL);
                }
                if (failing) {
                    LOG.info("article feed: listening again");
                    failing = false;
                }
                backoff = FIRST_BACKOFF;
                feed.publish(ArticleFeed.UNKNOWN);
                while (running) {
                    // blocks until a notification arrives or the timeout passes, which lets stop() end the loop
                    PGNotification[] notes = pg.getNotifications(1000);
                    if (notes != null) {
                        for (PGNotification n : notes) {
                            feed.publish(feedSeq(n.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("article feed: lost the database connection (%s); listening again in %d ms", e.getMessage(),
                        backoff.toMillis());
                failing = true;
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException stopped) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    static long feedSeq(String payload) {
        try {
            return Long.parseLong(payload);
        } catch (NumberFormatException e) {
            return ArticleFeed.UNKNOWN;
        }
    }
}
