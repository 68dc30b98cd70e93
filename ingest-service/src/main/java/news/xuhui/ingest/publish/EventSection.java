package news.xuhui.ingest.publish;

import java.util.List;

import news.xuhui.parser.Section;

/** A section of an article event (schema {@code $defs/section}): a speaker's statement or a sub-headed part. */
public record EventSection(String heading, Speaker speaker, List<String> paragraphs) {

    /** {@code speaker} of a section: {@code null} for a plain subhead. */
    public record Speaker(String name, String role) {
    }

    static EventSection of(Section s) {
        Section.Speaker sp = s.speaker();
        return new EventSection(s.heading(), sp == null ? null : new Speaker(sp.name(), sp.role()),
                s.paragraphs());
    }

    static List<EventSection> of(List<Section> sections) {
        return sections == null ? List.of() : sections.stream().map(EventSection::of).toList();
    }
}
