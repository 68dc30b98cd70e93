package news.xuhui.infra.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * A service's layering written as a table, the form a newcomer reads it in: each package of the service and the
 * packages of the service it may use. {@link #rule()} makes the ArchUnit rules from it: no cycles, no use outside a
 * package's row, and no package missing from the table (a new one must be placed before it is used).
 */
public final class Layering {

    private final String root;
    private final Map<String, Set<String>> mayUse = new LinkedHashMap<>();

    private Layering(String root) {
        this.root = root;
    }

    /** The layering of the packages below {@code root}, e.g. {@code news.xuhui.query}. */
    public static Layering of(String root) {
        return new Layering(root);
    }

    /** Package {@code name} (relative to the root) may use the packages {@code uses} and no other of the service. */
    public Layering allow(String name, String... uses) {
        mayUse.put(name, new LinkedHashSet<>(List.of(uses)));
        return this;
    }

    public ArchRule rule() {
        List<ArchRule> rules = new ArrayList<>();
        rules.add(slices().matching(root + ".(*)..").should().beFreeOfCycles());
        rules.add(classes().that().resideInAPackage(root + "..").should()
                .resideInAnyPackage(mayUse.keySet().stream().map(this::packageOf).toArray(String[]::new))
                .because("every package has its place in the layering"));
        for (Map.Entry<String, Set<String>> row : mayUse.entrySet()) {
            String[] others = mayUse.keySet().stream()
                    .filter(p -> !p.equals(row.getKey()) && !row.getValue().contains(p))
                    .map(this::packageOf).toArray(String[]::new);
            if (others.length > 0) {
                rules.add(noClasses().that().resideInAPackage(packageOf(row.getKey())).should()
                        .dependOnClassesThat().resideInAnyPackage(others)
                        .because(row.getKey() + " may use only " + row.getValue()));
            }
        }
        return CompositeArchRule.of(rules);
    }

    private String packageOf(String name) {
        return root + "." + name + "..";
    }
}
