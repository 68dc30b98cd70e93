package news.xuhui.ingest.reparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.ingest.config.InstanceId;
import news.xuhui.ingest.parse.RecordedParserVersion;
import news.xuhui.ingest.page.PageLedger;
import news.xuhui.ingest.page.PublishedPage;

/**
 * One job at a time, and a job that was running when the service stopped is resumed by the next start. The page
 * ledger here never catches up, which holds every job at its first step, still running.
 */
class ReparseJobsTest {

    @TempDir
    Path inbox;

    /** Stands for Quarkus's managed worker pool. */
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private ReparseJobs first;
    private ReparseJobs second;

    private ReparseJobs jobs() {
        ReparseJobs j = new ReparseJobs();
        j.config = new SmallRyeConfigBuilder().withMapping(IngestConfig.class)
                // durations as Quarkus writes them (30s, 300ms)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withDefaultValue("ingest.inbox", inbox.toString()).withDefaultValue("ingest.instance-id", "unit").build().getConfigMapping(IngestConfig.class);
        j.instanceId = new InstanceId() {
            @Override
            public String get() {
                return "unit";
            }
        };
        j.ledger = new NeverCaughtUp();
        j.version = new RecordedParserVersion() {
            @Override
            public String current() {
                return "2.0.0";
            }
        };
        j.json = new ObjectMapper();
        j.metrics = new SimpleMeterRegistry();
        j.executor = executor;
        j.init();
        return j;
    }

    /** A ledger that never finishes reading: every job stays at its first step. */
    static class NeverCaughtUp implements PageLedger {
        @Override
        public boolean isCaughtUp() {
            return false;
        }

        @Override
        public Optional<PublishedPage> find(String pageId) {
            return Optional.empty();
        }

        @Override
        public void sync(Duration timeout) {
            throw new IllegalStateException("never caught up");
        }

        @Override
        public void remember(PublishedPage page) {
        }
    }

    @AfterEach
    void stop() {
        for (ReparseJobs j : new ReparseJobs[] { first, second }) {
            if (j != null) {
                j.onStop(null);
            }
        }
        executor.shutdownNow();
    }

    @Test
    void aSecondJobIsRefusedWhileOneRuns() {
        first = jobs();
        assertTrue(first.status().isEmpty(), "no job has run yet");
        ReparseStatus started = first.start(LocalDate.parse("2024-01-01"), null, false);
        assertEquals("running", started.state());
        assertEquals("2.0.0", started.parserVersion());
        assertThrows(ReparseJobs.AlreadyRunning.class, () -> first.start(null, null, true));
        assertEquals("running", first.status().orElseThrow().state());
    }

    @Test
    void aJobRunningWhenTheServiceStoppedIsResumedAtTheNextStart() {
        first = jobs();
        ReparseStatus started = first.start(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-31"), true);
        first.onStop(null);
        assertTrue(Files.exists(inbox.resolve(".work/reparse-unit.json")), "progress is kept on disk");

        second = jobs(); // the restarted service
        assertEquals("running", second.status().orElseThrow().state(), "read from the state file");
        second.onStart(null);
        ReparseStatus resumed = second.status().orElseThrow();
        assertEquals("running", resumed.state());
        assertEquals(started.startedAt(), resumed.startedAt(), "the same job: pages done since its start stay done");
        assertEquals("2024-01-01", resumed.from());
        assertEquals("2024-01-31", resumed.to());
        assertTrue(resumed.force());
        assertNotNull(resumed.resumedAt());
        assertThrows(ReparseJobs.AlreadyRunning.class, () -> second.start(null, null, false));
    }
}
