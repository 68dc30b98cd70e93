package news.xuhui.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import news.xuhui.infra.config.ConfigMappingProperties;
import news.xuhui.infra.config.ReadmeConfigTable;

/**
 * Every property of the service's {@code @ConfigMapping} interfaces (found by reflection in its compiled classes, not
 * listed by hand) is in README's configuration table, by its name or its environment variable.
 */
class ReadmeConfigTableTest {

    @Test
    void everyConfigMappingPropertyIsInReadmesConfigurationTable() {
        ConfigMappingProperties.Scan scan = ConfigMappingProperties.scan(Path.of("target", "classes"));
        assertTrue(scan.mappings().containsAll(List.of(news.xuhui.query.search.SearchConfig.class, news.xuhui.query.rest.StreamConfig.class)), "mappings found: " + scan.mappings());
        assertEquals(List.of(), ReadmeConfigTable.read(Path.of("..", "README.md")).missing(scan, Set.of()),
                "properties missing from README's configuration table (by name or variable)");
    }
}
