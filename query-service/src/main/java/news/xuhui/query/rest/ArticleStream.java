package news.xuhui.query.rest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import news.xuhui.query.store.ArticleEntity;
import news.xuhui.query.store.ArticleFeed;
import news.xuhui.query.store.ArticleStore;

/**
 * The stream of articles as they are stored, as server-sent events that a follower can resume; an article deleted
 * (a tombstone on news.articles) is a {@code removed} event with its id. Every article event
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

    @Inject
    ArticleStore store;

    @Inject
    ArticleFeed feed;

    @Inject
    StreamConfig config;

    private Semaphore reads;

    @PostConstruct
    void init() {
        reads = new Semaphore(config.maxConcurrentReads(), true);
    }

    /** Why a follower looks in the store: a commit (its feed number, or unknown), or its heartbeat tick. */
    private record Wake(long feedSeq, boolean tick) {
    }

    /**
     * The articles written after {@code lastEventId} (null: from now on), then each one as it is stored. The first
     * event has no data, only an id that says where the stream starts; heartbeats are comments.
     */
    public Multi<OutboundSseEvent> follow(Sse sse, Long lastEventId) {
        AtomicLong position = new AtomicLong();
        Multi<OutboundSseEvent> opening = blocking(() -> {
            long last = store.lastFeedSeq();
            // an id above the store's latest cannot have come from this store (it was rebuilt): start from now
            long from = lastEventId == null || lastEventId > last ? last : lastEventId;
            position.set(from);
            return sse.newEventBuilder().id(Long.toString(from)).comment("articles written after " + from).build();
        }).toMulti();
        // Subscribed to the commits before the first read, which the extra wake-up triggers: an article committed in
        // between is read either way. Wake-ups that come while a read is going on fold into one. Each heartbeat tick
        // reads too, so that nothing waits longer than a heartbeat should a notification be lost; it sends the
        // heartbeat comment when it finds nothing new.
        Multi<Wake> wakes = Multi.createBy().merging().streams(
                feed.commits().map(seq -> new Wake(seq, false)),
                Multi.createFrom().item(new Wake(ArticleFeed.UNKNOWN, false)),
                Multi.createFrom().ticks().startingAfter(config.heartbeat()).every(config.heartbeat())
                        .map(t -> new Wake(ArticleFeed.UNKNOWN, true)))
                .onOverflow().dropPreviousItems();
        Multi<OutboundSseEvent> articles = wakes.onItem().transformToMultiAndConcatenate(wake -> {
            // a commit this follower has already been sent (read along with an earlier one) needs no read
            Multi<OutboundSseEvent> read = wake.feedSeq() <= position.get() ? Multi.createFrom().empty()
                    : catchUp(sse, position);
            return wake.tick() ? read.onCompletion().ifEmpty().continueWith(heartbeat(sse)) : read;
        });
        return Multi.createBy().concatenating().streams(opening, articles)
                .onFailure().invoke(e -> LOG.warnf("article stream closed: %s", e.toString()));
    }

    private static OutboundSseEvent heartbeat(Sse sse) {
        return sse.newEventBuilder().comment("heartbeat").build();
    }

    /** Every article written after the follower's position, page by page as the follower reads them. */
    private Multi<OutboundSseEvent> catchUp(Sse sse, AtomicLong position) {
        return Multi.createBy().repeating().uni(() -> blocking(() -> {
            List<ArticleEntity> page;
            reads.acquireUninterruptibly();
            try {
                page = store.after(position.get(), PAGE);
            } finally {
                reads.release();
            }
            if (!page.isEmpty()) {
                position.set(page.get(page.size() - 1).feedSeq);
            }
            return page;
        })).whilst(page -> page.size() == PAGE)
                .onItem().<ArticleEntity>disjoint()
                .map(a -> a.removed
                        // a named event: followers that only listen for articles (onmessage) are not confused by it
                        ? sse.newEventBuilder().id(Long.toString(a.feedSeq)).name(ArticleRemoval.EVENT)
                                .data(ArticleRemoval.class, new ArticleRemoval(a.id)).build()
                        : sse.newEventBuilder().id(Long.toString(a.feedSeq))
                                .data(ArticleSummary.class, ArticleSummary.of(a)).build());
    }

    /** The store is read over JDBC: off the event loop. */
    private static <T> Uni<T> blocking(Supplier<T> read) {
        return Uni.createFrom().item(read).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
