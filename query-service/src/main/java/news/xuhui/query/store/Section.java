package news.xuhui.query.store;

import java.util.List;

/**
 * A titled part of an article (a speaker's remarks in an interview, a numbered heading), as the store keeps it in the
 * article's {@code sections} JSON column.
 */
public record Section(String heading, Speaker speaker, List<String> paragraphs) {

    /** Who speaks in a section, with the role printed beside the name. */
    public record Speaker(String name, String role) {
    }
}
