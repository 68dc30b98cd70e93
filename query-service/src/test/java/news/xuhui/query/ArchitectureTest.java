package news.xuhui.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import news.xuhui.infra.arch.Layering;
import news.xuhui.infra.arch.MainClasses;

/**
 * The layering of query-service: messaging → store ← search ← rest ← web (the reading app's pages, which build on
 * the API's parameters and views), with {@code text} (how text is cut into index terms) below store and search. The
 * Kafka records stay in messaging: the store and the REST views work on the service's own records.
 */
@AnalyzeClasses(locations = MainClasses.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layering = Layering.of("news.xuhui.query")
            .allow("messaging", "store")
            .allow("store", "text")
            .allow("search", "store", "text")
            .allow("rest", "search", "store")
            .allow("web", "rest", "search", "store")
            .allow("text")
            .rule();

    @ArchTest
    static final ArchRule onlyMessagingTalksToKafka = noClasses().that().resideOutsideOfPackage("news.xuhui.query.messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "io.smallrye.reactive.messaging..",
                    "org.eclipse.microprofile.reactive.messaging..", "io.quarkus.kafka..");
}
