package news.xuhui.query.rest;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The search settings that differ from the defaults, in one profile: Quarkus restarts the application for every
 * profile, so each further profile costs a start. The tests of this profile search one request at a time, so the
 * single slot ({@code SearchBusyTest}) never makes them wait, and the small window ({@code SearchWindowTest}) does not
 * matter to a test that fills the slot by hand.
 */
public class OtherSearchSettingsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // every search walks the date index here (SearchResourceTest covers the collect-and-sort plan), and
                // facets check a phrase's word order on at most 10 candidates
                "xuhui.search.rank-window", "3",
                "xuhui.search.walk-from-matches", "0",
                // a checked word sorted newest first is collected by blocks of dates whatever its matches
                "xuhui.search.block-from-matches", "0",
                "xuhui.search.facets-exact-up-to", "10",
                // one search at a time; a second waits at most 0.2 s
                "xuhui.search.max-concurrent", "1",
                "xuhui.search.max-wait", "0.2s");
    }
}
