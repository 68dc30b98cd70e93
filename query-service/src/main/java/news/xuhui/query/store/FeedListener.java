package news.xuhui.query.store;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;

/**
 * Listens on {@link ArticleFeed#CHANNEL} and publishes what it hears to the {@link ArticleFeed}. PostgreSQL delivers a
 * notification only once its transaction has committed, and to every listening instance: a follower of the stream
 * hears of an article stored by any instance of the service, never of one rolled back.
 *
 * <p>Vert.x's {@link PgSubscriber} holds the one listening connection, without a thread of its own: if the connection
 * drops it connects and listens again with the backoff of {@link OutagePolicy}, and each time it listens (again) every
 * follower is woken, since notifications sent in between were lost.
 */
@ApplicationScoped
public class FeedListener {

    private static final Logger LOG = Logger.getLogger(FeedListener.class);

    @Inject
    Vertx vertx;

    @Inject
    ArticleFeed feed;

    // Quarkus' own datasource settings: the listening connection goes to the database the JDBC pool uses
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "")
    String password;

    private PgSubscriber subscriber;

    void onStart(@Observes StartupEvent event) {
        subscriber = PgSubscriber.subscriber(vertx, connectOptions(jdbcUrl).setUser(user).setPassword(password))
                .reconnectPolicy(retries -> {
                    long wait = OutagePolicy.backoffMillis(retries);
                    LOG.warnf("article feed: not listening (database unreachable); trying again in %d ms", wait);
                    return wait;
                });
        subscriber.channel(ArticleFeed.CHANNEL)
                .subscribeHandler(listening -> {
                    LOG.debug("article feed: listening");
                    feed.publish(ArticleFeed.UNKNOWN);
                })
                .handler(payload -> feed.publish(feedSeq(payload)));
        subscriber.connect().onFailure(e -> LOG.warnf("article feed: cannot listen (%s)", e.getMessage()));
    }

    @PreDestroy
    void stop() {
        if (subscriber != null) {
            subscriber.close();
        }
    }

    /** {@code jdbc:postgresql://host:port/db?...} as the reactive client's connection URI. */
    static PgConnectOptions connectOptions(String jdbcUrl) {
        return PgConnectOptions.fromUri(jdbcUrl.startsWith("jdbc:") ? jdbcUrl.substring("jdbc:".length()) : jdbcUrl);
    }

    static long feedSeq(String payload) {
        try {
            return Long.parseLong(payload);
        } catch (NumberFormatException e) {
            return ArticleFeed.UNKNOWN;
        }
    }
}
