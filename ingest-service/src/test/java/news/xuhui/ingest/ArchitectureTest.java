package news.xuhui.ingest;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import news.xuhui.infra.arch.Layering;
import news.xuhui.infra.arch.MainClasses;
import news.xuhui.ingest.publish.ArticleEvent;
import news.xuhui.ingest.publish.EventEdition;
import news.xuhui.ingest.publish.EventSection;
import news.xuhui.ingest.publish.EventSourceFile;
import news.xuhui.ingest.publish.EventTeaser;
import news.xuhui.ingest.publish.PageEvent;
import news.xuhui.ingest.publish.PageEvents;

/**
 * The layering a newcomer should read in ingest-service: watch → parse → publish, with reparse beside watch, the
 * service's own records in page, file statuses in status, and rest and web (the feeding app's pages) on top, beside
 * each other. Main classes only.
 */
@AnalyzeClasses(locations = MainClasses.class)
class ArchitectureTest {

    private static final String PUBLISH = "news.xuhui.ingest.publish..";
    private static final String[] MESSAGING_APIS = { "org.apache.kafka..", "io.smallrye.reactive.messaging..",
            "org.eclipse.microprofile.reactive.messaging..", "io.quarkus.kafka.." };

    /**
     * watch → parse → publish: parsing needs neither end, publish is handed parsed pages and domain records and
     * calls nothing back; reparse works beside watch without the inbox; the inbox works the same without the HTTP
     * API; the service's own records (page) and settings (config) are what every package may use; rest and web stand
     * beside each other on top (the pages call the HTTP API from the browser, not its Java classes).
     */
    @ArchTest
    static final ArchRule layering = Layering.of("news.xuhui.ingest")
            .allow("watch", "config", "page", "parse", "publish", "status")
            .allow("parse", "config")
            .allow("publish", "config", "page", "security")
            .allow("reparse", "config", "page", "parse", "publish", "status")
            .allow("rest", "config", "reparse", "security", "status", "watch")
            .allow("web", "config", "page", "security", "watch")
            .allow("security", "config")
            .allow("status", "page")
            .allow("page", "config")
            .allow("config")
            .rule();

    @ArchTest
    static final ArchRule onlyPublishTalksToKafka = noClasses().that().resideOutsideOfPackage(PUBLISH).should()
            .dependOnClassesThat().resideInAnyPackage(MESSAGING_APIS)
            .because("Kafka and Reactive Messaging stay behind PagePublisher and the page ledger");

    @ArchTest
    static final ArchRule eventRecordsStayInPublish = noClasses().that().resideOutsideOfPackage(PUBLISH).should()
            .dependOnClassesThat(belongToAnyOf(ArticleEvent.class, PageEvent.class, PageEvents.class,
                    EventEdition.class, EventSection.class, EventSourceFile.class, EventTeaser.class))
            .because("the wire format is mapped from the parser's and the service's records only in publish");
}
