package news.xuhui.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PostgresSettingsTest {

    static final long GB = 1024L * 1024 * 1024;

    @Test
    void sizedFromMemory() {
        Map<String, String> s = PostgresSettings.forMemory(24 * GB);
        assertEquals("6144MB", s.get("shared_buffers"));
        assertEquals("18432MB", s.get("effective_cache_size"));
        assertEquals("48MB", s.get("work_mem"));
        assertEquals("off", s.get("jit"));
        assertEquals("1.1", s.get("random_page_cost"));
    }

    @Test
    void smallMachineKeepsSaneFloors() {
        Map<String, String> s = PostgresSettings.forMemory(GB);
        assertEquals("256MB", s.get("shared_buffers"));
        assertEquals("4MB", s.get("work_mem"));
        assertEquals("64MB", s.get("maintenance_work_mem"));
    }

    @Test
    void thisMachineHasMemory() {
        assertTrue(PostgresSettings.memory() > 0);
    }
}
