package news.xuhui.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Mutable article under construction; turned into an {@link Article} at the end of the page. */
final class ArticleDraft {

    /** A paragraph being built; "open" while it does not end a sentence (the column broke it). */
    static final class Para {
        final StringBuilder text = new StringBuilder();
        final ArticleDraft article;
        final SectionDraft section;
        boolean forcedClosed;
        /** Printed widths (characters) of the lines the paragraph was read from: the column it was set in. */
        final List<Double> widths = new ArrayList<>(4);

        Para(ArticleDraft article, SectionDraft section) {
            this.article = article;
            this.section = section;
        }

        boolean open() {
            return !forcedClosed && !article.closed && text.length() > 0 && !TextCleaner.endsSentence(text);
        }

        void append(String piece) {
            if (text.length() > 0 && piece.length() > 0 && Character.isLetter(text.charAt(text.length() - 1))
                    && text.charAt(text.length() - 1) < 0x80 && Character.isLetter(piece.charAt(0))
                    && piece.charAt(0) < 0x80) {
                text.append(' ');
            }
            text.append(piece);
        }
    }

    static final class SectionDraft {
        final String heading;
        final Section.Speaker speaker;
        final List<Para> paras = new ArrayList<>();

        SectionDraft(String heading, Section.Speaker speaker) {
            this.heading = heading;
            this.speaker = speaker;
        }
    }

    /** A headline block: kicker, title, subtitle and the byline names printed with it. */
    static final class Headline {
        String kicker;
        String title;
        String subtitle;
        final List<String> authors = new ArrayList<>();

        boolean hasText() {
            return kicker != null || title != null || subtitle != null;
        }

        String text() {
            return (kicker == null ? "" : kicker) + (title == null ? "" : title) + (subtitle == null ? "" : subtitle);
        }
    }

    final int order;
    String kicker;
    String title;
    String subtitle;
    final List<String> authors = new ArrayList<>();
    String source;
    Integer continuedFrom;
    Integer continuedTo;
    final List<Para> paras = new ArrayList<>();
    final List<SectionDraft> sections = new ArrayList<>();
    SectionDraft currentSection;
    boolean freshHeading;
    final Deque<BylineExtractor.Speaker> deferredHeadings = new ArrayDeque<>();
    boolean closed;
    boolean startedByNews;
    boolean headlineBeforeNews;
    /** Started where the column width changed, with no headline or dateline to confirm it. */
    boolean startedAtBreak;
    /** The article whose text this one (a continuation from another page) was printed inside, if any. */
    ArticleDraft host;
    /** The source was taken from a wire dateline (新华社…电); a printed (来源：…) line says it better. */
    boolean sourceFromDateline;
    /** Opened by a headline the layout stages found on clear evidence: its first text is its own, not a join. */
    boolean evidencedHeadline;
    boolean inheritedHeadline;
    /** The dateline that opened this article (the paper or agency, place and date before 电, spaces removed), if any. */
    String dateline;
    int group = -1;
    int bodyChars;
    final List<Integer> lineWidths = new ArrayList<>();

    ArticleDraft(int order) {
        this.order = order;
    }

    boolean hasHeadline() {
        return kicker != null || title != null || subtitle != null;
    }

    boolean hasBody() {
        return bodyChars > 0;
    }

    void setHeadline(Headline h) {
        kicker = h.kicker;
        title = h.title;
        subtitle = h.subtitle;
        for (String a : h.authors) {
            if (!authors.contains(a)) {
                authors.add(a);
            }
        }
    }

    /** Starts a new paragraph where the next body text of this article belongs. */
    Para newPara() {
        SectionDraft target;
        if (freshHeading) {
            freshHeading = false;
            target = currentSection;
        } else if (!deferredHeadings.isEmpty()) {
            target = startSection(deferredHeadings.pollFirst());
            freshHeading = false;
        } else {
            target = currentSection;
        }
        Para p = new Para(this, target);
        if (target == null) {
            paras.add(p);
        } else {
            target.paras.add(p);
        }
        return p;
    }

    SectionDraft startSection(BylineExtractor.Speaker sp) {
        SectionDraft s = new SectionDraft(sp.heading(), new Section.Speaker(sp.name(), sp.role()));
        sections.add(s);
        currentSection = s;
        freshHeading = true;
        return s;
    }

    /** Text of the first paragraphs, for matching headlines to bodies. */
    String lead(int max) {
        StringBuilder b = new StringBuilder();
        for (Para p : paras) {
            if (b.length() >= max) {
                break;
            }
            b.append(p.text);
        }
        for (SectionDraft s : sections) {
            for (Para p : s.paras) {
                if (b.length() >= max) {
                    break;
                }
                b.append(p.text);
            }
        }
        return b.length() > max ? b.substring(0, max) : b.toString();
    }

    static List<String> texts(List<Para> ps) {
        List<String> out = new ArrayList<>(ps.size());
        for (Para p : ps) {
            String t = p.text.toString().strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    Article toArticle(List<String> people) {
        List<Section> secs = new ArrayList<>();
        for (SectionDraft s : sections) {
            secs.add(new Section(s.heading, s.speaker, texts(s.paras)));
        }
        return new Article(kicker, title, subtitle, authors, source, continuedFrom, continuedTo, texts(paras), secs,
                people);
    }
}
