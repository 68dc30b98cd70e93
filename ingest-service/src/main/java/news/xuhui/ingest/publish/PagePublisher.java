package news.xuhui.ingest.publish;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes a page's records and completes only when the broker has acknowledged every one of them, so that the
 * caller can move the file out of the inbox knowing nothing is lost.
 */
@ApplicationScoped
public class PagePublisher {

    static final URI SOURCE = URI.create("urn:news.xuhui:ingest-service");
    static final URI ARTICLE_SCHEMA = URI.create("urn:news.xuhui:schema:article-event:v1");
    static final URI PAGE_SCHEMA = URI.create("urn:news.xuhui:schema:page-event:v1");

    @Inject
    @Channel("articles")
    MutinyEmitter<ArticleEvent> articles;

    @Inject
    @Channel("pages")
    MutinyEmitter<PageEvent> pages;

    /** Sends all records of the page; throws if any is not acknowledged within {@code timeout}. */
    public void publish(PageEvents events, Duration timeout) {
        List<Uni<Void>> acks = new ArrayList<>();
        for (ArticleEvent article : events.articles()) {
            acks.add(articles.sendMessage(message(article, article.articleId(), ArticleEvent.CLOUD_EVENT_TYPE,
                    ARTICLE_SCHEMA)));
        }
        // The page record goes last: a consumer that sees it can expect the page's articles to be there already.
        Uni<Void> all = acks.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(acks).andFailFast().replaceWithVoid();
        all.chain(() -> pages.sendMessage(message(events.page(), events.page().pageId(), PageEvent.CLOUD_EVENT_TYPE,
                PAGE_SCHEMA)))
                .await().atMost(timeout);
    }

    private static <T> Message<T> message(T payload, String key, String type, URI schema) {
        return Message.of(payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(type + ":" + key)
                        .withType(type)
                        .withSource(SOURCE)
                        .withSubject(key)
                        .withDataSchema(schema)
                        .withDataContentType("application/json")
                        .build());
    }
}
