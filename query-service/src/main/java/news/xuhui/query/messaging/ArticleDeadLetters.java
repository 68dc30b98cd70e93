package news.xuhui.query.messaging;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.DeserializationFailureHandler;
import io.smallrye.reactive.messaging.kafka.Record;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends one record of a batch to {@code news.articles.dlq}, alone: the connector's own dead-letter strategy would send
 * every record of a failed batch there. The dead letter keeps the original key, value and headers and adds the
 * connector's {@code dead-letter-*} headers (reason, topic, partition, offset), so its readers see one format
 * whichever way a record got there. Returns only once the broker has the dead letter: the batch's offsets are committed
 * after that.
 */
@ApplicationScoped
public class ArticleDeadLetters {

    /** Why a record was dead-lettered, as the {@code query.articles.dead.lettered} counter tags it. */
    public enum Cause {
        /** not an article event this service can read */
        INVALID,
        /** an article event the database refused to store */
        REFUSED
    }

    @Inject
    @Channel("articles-dead-letters")
    MutinyEmitter<Record<String, byte[]>> emitter;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    public void send(ConsumerRecord<String, ArticleEvent> record, Cause cause, String reason) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(header("dead-letter-reason", reason));
        headers.add(header("dead-letter-topic", record.topic()));
        headers.add(header("dead-letter-partition", Integer.toString(record.partition())));
        headers.add(header("dead-letter-offset", Long.toString(record.offset())));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key()).withHeaders(headers).build();
        emitter.sendMessageAndAwait(Message.of(Record.of(record.key(), value(record))).addMetadata(metadata));
        metrics.counter("query.articles.dead.lettered", "cause", cause.name().toLowerCase()).increment();
    }

    /** The value as it came: the bytes that could not be read, or the event as JSON; null for a tombstone. */
    private byte[] value(ConsumerRecord<String, ArticleEvent> record) {
        if (record.value() != null) {
            try {
                return json.writeValueAsBytes(record.value());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write article event " + record.key() + " as JSON", e);
            }
        }
        for (String name : new String[] { DeserializationFailureHandler.DESERIALIZATION_FAILURE_VALUE_DATA,
                DeserializationFailureHandler.DESERIALIZATION_FAILURE_DATA }) {
            Header data = record.headers().lastHeader(name);
            if (data != null) {
                return data.value();
            }
        }
        return null;
    }

    private static Header header(String name, String value) {
        return new org.apache.kafka.common.header.internals.RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
