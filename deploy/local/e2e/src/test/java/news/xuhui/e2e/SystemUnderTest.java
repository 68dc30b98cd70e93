package news.xuhui.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Predicate;
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
        return filesIn(root, name -> name.endsWith(".txt"));
    }

    /** Regular files anywhere below {@code root} whose name matches; 0 when it does not exist yet. */
    static long filesIn(Path root, Predicate<String> name) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        while (true) {
            try (Stream<Path> walk = Files.walk(root)) {
                return walk.filter(Files::isRegularFile).filter(p -> name.test(p.getFileName().toString())).count();
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof NoSuchFileException)) {
                    throw e;
                }
                // a file moved on while the walk passed it (the services move files all the time): count again
            }
        }
    }
}
