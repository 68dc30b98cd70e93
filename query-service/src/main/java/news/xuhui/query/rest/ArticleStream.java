package news.xuhui.query.rest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import news.xuhui.query.store.ArticleEntity;
import news.xuhui.query.store.ArticleFeed;
import news.xuhui.query.store.ArticleStore;

/**
 * The stream of articles as they are stored, as server-sent events that a follower can resume. Every article event
 * carries the article's feed number as its id; a follower that reconnects with {@code Last-Event-ID} gets every
 * article written after that event, read from the store, then the live ones: nothing is lost to a dropped connection,
 * a restart of the service or a slow reader.
 *
 * <p>The feed of commits only wakes a follower up; what it is sent is always read from the store, after the last
 * number it was sent, a page at a time and only as fast as it reads. So a slow follower falls behind without holding
 * anything in memory and without slowing the consumer, and it catches up when it can.
 */
@ApplicationScoped
public class ArticleStream {

    /** Articles read per round trip while a follower catches up. */
    static final int PAGE = 50;

    private static final Logger LOG = Logger.getLogger(ArticleStream.class);
    private static final Object WAKE = new Object();

    @Inject
    ArticleStore store;

    @Inject
    ArticleFeed feed;

    /**
     * How often an idle stream sends a comment, so that proxies and load balancers do not close it as idle and a
     * follower can tell a quiet archive from a dead connection.
     */
    @ConfigProperty(name = "xuhui.stream.heartbeat", defaultValue = "15s")
    Duration heartbeat;

    /**
     * The articles written after {@code lastEventId} (null: from now on), then each one as it is stored. The first
     * event has no data and says where the stream starts (its id); heartbeats are comments.
     */
    public Multi<OutboundSseEvent> follow(Sse sse, Long lastEventId) {
        AtomicLong position = new AtomicLong();
        Multi<OutboundSseEvent> opening = blocking(() -> {
            long last = store.lastFeedSeq();
            // an id above the store's latest cannot have come from this store (it was rebuilt): start from now
            long from = lastEventId == null || lastEventId > last ? last : lastEventId;
            position.set(from);
            return sse.newEventBuilder().id(Long.toString(from)).comment("articles written after " + from)
                    .mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, "").build();
        }).toMulti();
        // subscribed to the commits before the first read, which the extra wake-up triggers: an article committed
        // in between is read either way. Wake-ups that come while a read is going on fold into one.
        Multi<OutboundSseEvent> articles = Multi.createBy().merging()
                .streams(feed.commits().map(stored -> WAKE), Multi.createFrom().item(WAKE))
                .onOverflow().dropPreviousItems()
                .onItem().transformToMultiAndConcatenate(wake -> catchUp(sse, position));
        Multi<OutboundSseEvent> beats = Multi.createFrom().ticks().startingAfter(heartbeat).every(heartbeat)
                .onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("heartbeat").mediaType(MediaType.TEXT_PLAIN_TYPE)
                        .data(String.class, "").build());
        return Multi.createBy().concatenating().streams(opening, Multi.createBy().merging().streams(articles, beats))
                .onFailure().invoke(e -> LOG.warnf("article stream closed: %s", e.toString()));
    }

    /** Every article written after the follower's position, page by page as the follower reads them. */
    private Multi<OutboundSseEvent> catchUp(Sse sse, AtomicLong position) {
        return Multi.createBy().repeating().uni(() -> blocking(() -> {
            List<ArticleEntity> page = store.after(position.get(), PAGE);
            if (!page.isEmpty()) {
                position.set(page.get(page.size() - 1).feedSeq);
            }
            return page;
        })).whilst(page -> page.size() == PAGE)
                .onItem().<ArticleEntity>disjoint()
                .map(a -> sse.newEventBuilder().id(Long.toString(a.feedSeq))
                        .data(ArticleSummary.class, ArticleSummary.of(a)).build());
    }

    /** The store is read over JDBC: off the event loop. */
    private static <T> Uni<T> blocking(Supplier<T> read) {
        return Uni.createFrom().item(read).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
