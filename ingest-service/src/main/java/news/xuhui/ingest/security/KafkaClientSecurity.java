package news.xuhui.ingest.security;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.common.annotation.Identifier;

/**
 * The Kafka client security settings ({@code kafka.security.protocol}, {@code kafka.sasl.*}, {@code kafka.ssl.*})
 * that Quarkus gives every channel, for the clients this service builds by hand (the page ledger's consumer and
 * admin client): without them those would connect anonymously and be refused by a secured broker.
 */
@ApplicationScoped
public class KafkaClientSecurity {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaDefaults;

    /** Client properties (without the {@code kafka.} prefix) to add to a hand-built client's configuration. */
    public Map<String, Object> settings() {
        return kafkaDefaults.entrySet().stream()
                .filter(e -> e.getKey().startsWith("security.") || e.getKey().startsWith("sasl.")
                        || e.getKey().startsWith("ssl."))
                .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
