package news.xuhui.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * What the tools of the deployment targets accept, offline: docker-compose validates the Compose file without a
 * Docker engine, kubectl builds the kustomization without a cluster. Skipped only where the tool is not installed.
 */
class OfflineToolsTest {

    @Test
    void composeFileIsValid() throws Exception {
        run("docker-compose", "-f", "deploy/compose/docker-compose.yml", "config", "-q");
    }

    @Test
    void kustomizationBuilds() throws Exception {
        run("kubectl", "kustomize", "deploy/k8s");
    }

    private static void run(String tool, String... arguments) throws IOException, InterruptedException {
        assumeTrue(onPath(tool), tool + " is not installed");
        List<String> command = new ArrayList<>(List.of(tool));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("deploy-tool", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(Manifests.ROOT.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish in 120 s");
            }
            assertEquals(0, process.exitValue(), () -> command + " failed:\n" + read(output));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e + ")";
        }
    }
}
