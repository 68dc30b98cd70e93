package news.xuhui.ingest;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
@AnalyzeClasses(packages = "news.xuhui.ingest", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String CONFIG = "news.xuhui.ingest.config..";
    private static final String PAGE = "news.xuhui.ingest.page..";
    private static final String STATUS = "news.xuhui.ingest.status..";
    private static final String WATCH = "news.xuhui.ingest.watch..";
    private static final String PARSE = "news.xuhui.ingest.parse..";
    private static final String PUBLISH = "news.xuhui.ingest.publish..";
    private static final String REPARSE = "news.xuhui.ingest.reparse..";
    private static final String REST = "news.xuhui.ingest.rest..";
    private static final String WEB = "news.xuhui.ingest.web..";

    private static final String[] MESSAGING_APIS = { "org.apache.kafka..", "io.smallrye.reactive.messaging..",
            "org.eclipse.microprofile.reactive.messaging..", "io.quarkus.kafka.." };

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("news.xuhui.ingest.(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule watchDoesNotKnowTheHttpApi = noClasses().that().resideInAPackage(WATCH).should()
            .dependOnClassesThat().resideInAnyPackage(REST, WEB, REPARSE)
            .because("the inbox works the same with or without the HTTP API");

    @ArchTest
    static final ArchRule parseKnowsOnlyTheParser = noClasses().that().resideInAPackage(PARSE).should()
            .dependOnClassesThat().resideInAnyPackage(WATCH, PUBLISH, REPARSE, REST, WEB, STATUS)
            .because("parsing is the middle of watch → parse → publish and needs neither end");

    @ArchTest
    static final ArchRule publishDoesNotCallBack = noClasses().that().resideInAPackage(PUBLISH).should()
            .dependOnClassesThat().resideInAnyPackage(WATCH, PARSE, REPARSE, REST, WEB, STATUS)
            .because("publish is the end of the pipeline: it is handed parsed pages and domain records");

    @ArchTest
    static final ArchRule reparseDoesNotGoThroughTheInbox = noClasses().that().resideInAPackage(REPARSE).should()
            .dependOnClassesThat().resideInAnyPackage(WATCH, REST, WEB);

    @ArchTest
    static final ArchRule domainRecordsStandAlone = noClasses().that().resideInAnyPackage(PAGE, CONFIG).should()
            .dependOnClassesThat().resideInAnyPackage(STATUS, WATCH, PARSE, PUBLISH, REPARSE, REST, WEB)
            .because("the service's own records and settings are what every package may use");

    @ArchTest
    static final ArchRule webAndRestStandBesideEachOther = slices().matching("news.xuhui.ingest.(rest|web)..")
            .should().notDependOnEachOther()
            .because("the pages call the HTTP API from the browser, not its Java classes");

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
