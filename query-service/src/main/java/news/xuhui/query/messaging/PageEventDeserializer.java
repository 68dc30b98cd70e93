package news.xuhui.query.messaging;

import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

public class PageEventDeserializer extends ObjectMapperDeserializer<PageEvent> {

    public PageEventDeserializer() {
        super(PageEvent.class);
    }
}
