package news.xuhui.infra.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For tests: the settings README's configuration table names. The table is every Markdown table in the section
 * whose heading is "Configuration"; a setting is named in the first cell of a row, in backticks, as a property
 * ({@code ingest.inbox}) or as its environment variable ({@code INGEST_INBOX}), several to a cell if need be.
 */
public final class ReadmeConfigTable {

    private static final Pattern HEADING = Pattern.compile("^(#+)\\s*(.*?)\\s*$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private final Set<String> names;

    private ReadmeConfigTable(Set<String> names) {
        this.names = names;
    }

    public static ReadmeConfigTable read(Path readme) {
        try {
            return parse(Files.readAllLines(readme, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReadmeConfigTable parse(List<String> lines) {
        Set<String> names = new LinkedHashSet<>();
        int sectionLevel = 0; // inside the section while > 0
        boolean found = false;
        for (String line : lines) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                int level = heading.group(1).length();
                if (heading.group(2).equalsIgnoreCase("Configuration")) {
                    sectionLevel = level;
                    found = true;
                } else if (sectionLevel > 0 && level <= sectionLevel) {
                    sectionLevel = 0;
                }
            } else if (sectionLevel > 0 && line.startsWith("|")) {
                String firstCell = line.substring(1).split("\\|", 2)[0];
                Matcher code = CODE.matcher(firstCell);
                while (code.find()) {
                    names.add(code.group(1).strip());
                }
            }
        }
        if (!found) {
            throw new IllegalStateException("README has no section headed Configuration");
        }
        return new ReadmeConfigTable(Set.copyOf(names));
    }

    /** The names in the first column, as written. */
    public Set<String> names() {
        return names;
    }

    /**
     * Whether the table names the property, by its name or its environment variable; a property under a map key
     * ({@code *}) is named by any key, written as a placeholder ({@code <name>}) or as an example.
     */
    public boolean documents(ConfigMappingProperties.Property property) {
        if (names.contains(property.name()) || names.contains(property.environmentVariable())) {
            return true;
        }
        if (!property.name().contains("*")) {
            return false;
        }
        Pattern asProperty = wildcard(property.name());
        Pattern asVariable = wildcard(String.join("*", List.of(property.name().split("\\*", -1)).stream()
                .map(part -> new ConfigMappingProperties.Property(part, false).environmentVariable()).toList()));
        return names.stream().anyMatch(n -> asProperty.matcher(n).matches() || asVariable.matcher(n).matches());
    }

    /** The names of {@code scan}'s properties this table does not name, leaving out the {@code known} ones. */
    public List<String> missing(ConfigMappingProperties.Scan scan, Set<String> known) {
        return scan.properties().stream().filter(p -> !documents(p)).map(ConfigMappingProperties.Property::name)
                .filter(name -> !known.contains(name)).toList();
    }

    /** The names in {@code known} that are not missing any more: documented by now, or no longer properties. */
    public List<String> stale(ConfigMappingProperties.Scan scan, Set<String> known) {
        return known.stream().filter(name -> scan.properties().stream()
                .noneMatch(p -> p.name().equals(name) && !documents(p))).sorted().toList();
    }

    private static Pattern wildcard(String name) {
        StringBuilder regex = new StringBuilder();
        for (String part : name.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".+");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
