package news.xuhui.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of query-service: messaging → store ← search ← rest ← web, with {@code text} (how text is cut into
 * index terms) below store and search; web (the reading app's HTML pages) sits on top, beside the API it reuses.
 * The Kafka records stay in messaging: the store and the REST views work on the service's own records.
 */
@AnalyzeClasses(packages = "news.xuhui.query", importOptions = { ImportOption.DoNotIncludeTests.class,
        ImportOption.DoNotIncludeJars.class })
class ArchitectureTest {

    private static final String MESSAGING = "news.xuhui.query.messaging..";
    private static final String STORE = "news.xuhui.query.store..";
    private static final String SEARCH = "news.xuhui.query.search..";
    private static final String REST = "news.xuhui.query.rest..";
    private static final String TEXT = "news.xuhui.query.text..";
    private static final String WEB = "news.xuhui.query.web..";

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("news.xuhui.query.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule storeDependsOnNoLayerAboveIt = noClasses().that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(MESSAGING, SEARCH, REST, WEB);

    @ArchTest
    static final ArchRule searchDependsNeitherOnMessagingNorRest = noClasses().that().resideInAPackage(SEARCH)
            .should().dependOnClassesThat().resideInAnyPackage(MESSAGING, REST, WEB);

    @ArchTest
    static final ArchRule messagingDependsNeitherOnSearchNorRest = noClasses().that().resideInAPackage(MESSAGING)
            .should().dependOnClassesThat().resideInAnyPackage(SEARCH, REST, WEB);

    @ArchTest
    static final ArchRule textDependsOnNothingOfTheService = noClasses().that().resideInAPackage(TEXT)
            .should().dependOnClassesThat().resideInAnyPackage(MESSAGING, STORE, SEARCH, REST, WEB);

    /** The API serves its clients whatever pages are built on it: it never reaches up into them. */
    @ArchTest
    static final ArchRule restDependsNotOnWeb = noClasses().that().resideInAPackage(REST)
            .should().dependOnClassesThat().resideInAPackage(WEB);

    @ArchTest
    static final ArchRule webDependsNotOnMessaging = noClasses().that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAPackage(MESSAGING);

    @ArchTest
    static final ArchRule onlyMessagingTalksToKafka = noClasses().that().resideOutsideOfPackage(MESSAGING)
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "io.smallrye.reactive.messaging..",
                    "org.eclipse.microprofile.reactive.messaging..", "io.quarkus.kafka..");
}
