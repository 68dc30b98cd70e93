package news.xuhui.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What every end-to-end test does around the processes it starts. */
final class SystemUnderTest {

    private SystemUnderTest() {
    }

    /** Stops services and infrastructure in the order given; one that fails to stop does not keep the others up. */
    static void stop(AutoCloseable... parts) {
        for (AutoCloseable c : parts) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                System.err.println("stopping " + c + ": " + e);
            }
        }
    }

    /** Page files ({@code *.txt}) anywhere below {@code root}; 0 when it does not exist yet. */
    static long pageFilesIn(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".txt")).count();
        }
    }
}
