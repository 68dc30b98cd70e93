package news.xuhui.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    @Test
    void clusterIdsNeverLookLikeAnOptionToTheFormatTool() {
        // one URL-safe base64 id in 64 starts with '-': in 5,000 draws that happens about 78 times unless avoided
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String id = KafkaBroker.clusterId();
            assertFalse(id.startsWith("-"), id);
            assertEquals(22, id.length(), "16 bytes, base64 without padding: " + id);
            assertTrue(id.matches("[A-Za-z0-9_-]+"), id);
            ids.add(id);
        }
        assertEquals(5_000, ids.size(), "random");
    }
}
