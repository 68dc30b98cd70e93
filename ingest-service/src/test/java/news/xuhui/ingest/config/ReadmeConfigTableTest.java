package news.xuhui.ingest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import news.xuhui.infra.config.ConfigMappingProperties;
import news.xuhui.infra.config.ReadmeConfigTable;

/**
 * Every property of the service's {@code @ConfigMapping} interfaces (found in its compiled classes, not listed by hand)
 * is in README's configuration table, by its name or its environment variable.
 */
class ReadmeConfigTableTest {

    /**
     * TEMPORARY: properties README does not document yet. Empty it as README's configuration table catches up; the
     * second test fails for any name here that README documents or that is no longer a property.
     */
    static final Set<String> KNOWN_UNDOCUMENTED = Set.of();

    static final ConfigMappingProperties.Scan SCAN = ConfigMappingProperties.scan(Path.of("target", "classes"));
    static final ReadmeConfigTable README = ReadmeConfigTable.read(Path.of("..", "README.md"));

    @Test
    void everyConfigMappingPropertyIsInReadmesConfigurationTable() {
        assertTrue(SCAN.mappings().contains(IngestConfig.class), "the scan finds the mappings: " + SCAN.mappings());
        List<String> missing = README.missing(SCAN, KNOWN_UNDOCUMENTED);
        assertEquals(List.of(), missing, "properties missing from README's configuration table (by name or variable)");
    }

    @Test
    void knownUndocumentedNamesOnlyPropertiesStillMissing() {
        List<String> stale = README.stale(SCAN, KNOWN_UNDOCUMENTED);
        assertEquals(List.of(), stale, "documented by now or no longer properties: remove from KNOWN_UNDOCUMENTED");
    }
}
