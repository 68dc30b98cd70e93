package news.xuhui.parser;

import java.util.List;

/**
 * A section inside an article: a speaker's statement in a round-up, or a sub-headed part.
 *
 * @param heading    the heading line as printed (区委书记 张三), or the subhead
 * @param speaker    who speaks, or {@code null} for a plain subhead
 * @param paragraphs the section's clean paragraphs
 */
public record Section(String heading, Speaker speaker, List<String> paragraphs) {

    public Section {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    /** @param name the person's name; @param role the title printed before it (徐汇区委书记), or {@code null} */
    public record Speaker(String name, String role) {
    }
}
