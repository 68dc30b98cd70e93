package news.xuhui.ingest;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The settings that differ from the defaults, for the tests that need one of them, in one profile: Quarkus restarts the
 * application for every profile, so each further profile costs a start. Each setting here is one that the other tests
 * of this profile do not notice.
 */
public class OtherSettingsProfile implements QuarkusTestProfile {

    /** Page records on a topic of their own ({@code PagesTopicTest}). */
    public static final String PAGES_TOPIC = "news.pages.elsewhere";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "ingest.pages-topic", PAGES_TOPIC,
                "ingest.inbox", "target/test-inbox-other-settings",
                "ingest.instance-id", "other-settings-test",
                // reads closed too (ReadsClosedTest); PagesTopicTest reads nothing over HTTP
                "ingest.security.read-requires-auth", "true");
    }
}
