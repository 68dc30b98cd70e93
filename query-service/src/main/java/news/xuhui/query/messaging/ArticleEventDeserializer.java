package news.xuhui.query.messaging;

import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

public class ArticleEventDeserializer extends ObjectMapperDeserializer<ArticleEvent> {

    public ArticleEventDeserializer() {
        super(ArticleEvent.class);
    }
}
