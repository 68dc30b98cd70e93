package news.xuhui.infra.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;

class ConfigMappingPropertiesTest {

    /** Every shape of property a mapping can have. */
    @ConfigMapping(prefix = "sample")
    interface Sample {

        @WithDefault("5s")
        Duration rescanInterval();

        Optional<Path> processedDir();

        @WithName("id")
        String instanceId();

        Http http();

        Optional<Tls> tls();

        Map<String, Topic> topics();

        Map<String, String> labels();

        List<Route> routes();

        List<String> hosts();

        @WithParentName
        Shared shared();

        default Path processed() {
            return processedDir().orElse(Path.of("processed"));
        }

        interface Http {
            int port();

            OptionalInt ioThreads();
        }

        interface Tls {
            String keyStore();
        }

        interface Topic {
            @WithDefault("3")
            int partitions();
        }

        interface Route {
            String path();
        }

        interface Shared {
            @WithDefault("false")
            boolean dryRun();
        }
    }

    @ConfigMapping(prefix = "snake", namingStrategy = ConfigMapping.NamingStrategy.SNAKE_CASE)
    interface Snake {
        int maxURLLength();
    }

    @Test
    void namesEveryPropertyAsSmallRyeConfigDoes() {
        List<String> names = ConfigMappingProperties.of(Sample.class).stream().map(ConfigMappingProperties.Property::name)
                .sorted().toList();
        assertEquals(List.of("sample.dry-run", "sample.hosts", "sample.http.io-threads", "sample.http.port",
                "sample.id", "sample.labels.*", "sample.processed-dir", "sample.rescan-interval",
                "sample.routes[*].path", "sample.tls.key-store", "sample.topics.*.partitions"), names);
    }

    @Test
    void tellsWhichHaveADefault() {
        List<String> withDefault = ConfigMappingProperties.of(Sample.class).stream()
                .filter(ConfigMappingProperties.Property::hasDefault).map(ConfigMappingProperties.Property::name)
                .sorted().toList();
        assertEquals(List.of("sample.dry-run", "sample.rescan-interval", "sample.topics.*.partitions"), withDefault);
    }

    @Test
    void followsTheMappingsNamingStrategy() {
        assertEquals(List.of("snake.max_url_length"),
                ConfigMappingProperties.of(Snake.class).stream().map(ConfigMappingProperties.Property::name).toList());
    }

    @Test
    void namesTheEnvironmentVariableOfAProperty() {
        assertEquals("INGEST_MAX_IN_FLIGHT_BYTES",
                new ConfigMappingProperties.Property("ingest.max-in-flight-bytes", false).environmentVariable());
    }

    @Test
    void findsTheMappingsAmongCompiledClasses() {
        ConfigMappingProperties.Scan scan = ConfigMappingProperties.scan(Path.of("target", "test-classes"));
        assertTrue(scan.mappings().contains(Sample.class), scan.mappings().toString());
        assertTrue(scan.mappings().contains(Snake.class), scan.mappings().toString());
        assertFalse(scan.mappings().contains(Sample.Http.class), "a group is not a mapping: " + scan.mappings());
        assertFalse(scan.mappings().contains(Sample.Topic.class), "a group is not a mapping: " + scan.mappings());
        assertTrue(scan.classesScanned() > scan.mappings().size());
    }
}
