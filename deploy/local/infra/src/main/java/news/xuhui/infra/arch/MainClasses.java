package news.xuhui.infra.arch;

import java.nio.file.Path;
import java.util.Set;

import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.LocationProvider;

/**
 * The module's own compiled main classes ({@code target/classes}) for {@code @AnalyzeClasses(locations = ...)}. Found
 * by path rather than by scanning the class path for a package: after {@code @QuarkusTest} classes have run in the
 * same JVM, the context class loader they leave behind finds no package at all, and every rule would check nothing.
 */
public class MainClasses implements LocationProvider {

    @Override
    public Set<Location> get(Class<?> testClass) {
        return Set.of(Location.of(Path.of("target", "classes").toAbsolutePath()));
    }
}
