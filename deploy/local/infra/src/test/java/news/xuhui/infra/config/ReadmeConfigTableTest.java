package news.xuhui.infra.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import news.xuhui.infra.config.ConfigMappingProperties.Property;

class ReadmeConfigTableTest {

    static final List<String> README = List.of(
            "# Project",
            "| `NOT_CONFIG` | a table elsewhere |",
            "## Configuration",
            "",
            "| variable | default | meaning |",
            "|---|---|---|",
            "| `INGEST_INBOX` | `inbox` | the watched folder |",
            "| `INGEST_STABLE_FOR`, `INGEST_RESCAN_INTERVAL` | `300ms`, `5s` | readiness, rescan |",
            "| `ingest.topics.<name>.partitions` | `3` | per topic |",
            "### Kafka",
            "| property | default | meaning |",
            "|---|---|---|",
            "| `kafka.security.protocol` | `PLAINTEXT` | `NOT_A_NAME` in a later cell |",
            "## Re-parsing",
            "| `LATER_TABLE` | x | y |");

    @Test
    void readsTheFirstCellOfEveryTableInTheConfigurationSection() {
        assertEquals(Set.of("INGEST_INBOX", "INGEST_STABLE_FOR", "INGEST_RESCAN_INTERVAL",
                "ingest.topics.<name>.partitions", "kafka.security.protocol"), ReadmeConfigTable.parse(README).names());
    }

    @Test
    void aPropertyIsDocumentedByItsNameOrItsEnvironmentVariable() {
        ReadmeConfigTable table = ReadmeConfigTable.parse(README);
        assertTrue(table.documents(new Property("ingest.inbox", true)));
        assertTrue(table.documents(new Property("ingest.rescan-interval", true)));
        assertTrue(table.documents(new Property("kafka.security.protocol", true)));
        assertFalse(table.documents(new Property("ingest.watch", true)));
        assertFalse(table.documents(new Property("not.a-name", true)));
    }

    @Test
    void aPropertyUnderAMapKeyIsDocumentedByAnyKey() {
        ReadmeConfigTable table = ReadmeConfigTable.parse(README);
        assertTrue(table.documents(new Property("ingest.topics.*.partitions", true)));
        assertFalse(table.documents(new Property("ingest.topics.*.replicas", true)));
    }

    /** A mapping with one property the README above names and one it does not. */
    @io.smallrye.config.ConfigMapping(prefix = "ingest")
    interface Ingest {
        java.nio.file.Path inbox();

        boolean watch();
    }

    @Test
    void missingNamesThePropertiesNotInTheTableButTheKnownOnes() {
        ReadmeConfigTable table = ReadmeConfigTable.parse(README);
        ConfigMappingProperties.Scan scan = new ConfigMappingProperties.Scan(1, List.of(Ingest.class));
        assertEquals(List.of("ingest.watch"), table.missing(scan, Set.of()));
        assertEquals(List.of(), table.missing(scan, Set.of("ingest.watch")));
    }

    @Test
    void staleNamesKnownEntriesThatAreDocumentedOrNoLongerProperties() {
        ReadmeConfigTable table = ReadmeConfigTable.parse(README);
        ConfigMappingProperties.Scan scan = new ConfigMappingProperties.Scan(1, List.of(Ingest.class));
        assertEquals(List.of(), table.stale(scan, Set.of("ingest.watch")));
        assertEquals(List.of("ingest.gone", "ingest.inbox"),
                table.stale(scan, Set.of("ingest.watch", "ingest.inbox", "ingest.gone")));
    }

    @Test
    void aReadmeWithoutAConfigurationSectionIsAnError() {
        assertThrows(IllegalStateException.class, () -> ReadmeConfigTable.parse(List.of("# Project", "| `A` |")));
    }
}
