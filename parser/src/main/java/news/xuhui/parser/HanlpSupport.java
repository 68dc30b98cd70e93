package news.xuhui.parser;

import java.util.List;
import java.util.function.Predicate;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The one place that touches HanLP (portable). Models load once, lazily, in a static holder; HanLP segmenters are
 * thread-safe once configured. Every call is guarded: a HanLP failure degrades to "no evidence", never an exception.
 */
final class HanlpSupport {

    private HanlpSupport() {
    }

    private static final class Holder {
        static final Segment PERSON_SEGMENT = HanLP.newSegment().enableNameRecognize(true)
                .enablePlaceRecognize(false).enableOrganizationRecognize(false).enableCustomDictionary(false)
                .enableNumberQuantifierRecognize(false)
                .enableTranslatedNameRecognize(false).enableJapaneseNameRecognize(false);
    }

    /** Loads the dictionaries and models now (call once at start-up to keep the first page fast). */
    static void warmUp() {
        try {
            contains("会议");
            segmentWithNames("张三出席会议。");
            toSimplified("報");
        } catch (RuntimeException | Error e) {
            // HanLP missing or broken: the parser still works without word evidence and person names
        }
    }

    /** Whether the core dictionary knows {@code w} as a word. */
    static boolean contains(String w) {
        try {
            return CoreDictionary.get(w) != null;
        } catch (RuntimeException | Error e) {
            return false;
        }
    }

    /** The core dictionary's entry for {@code w}, or null when unknown (or the dictionary cannot answer). */
    private static CoreDictionary.Attribute attribute(String w) {
        try {
            return CoreDictionary.get(w);
        } catch (RuntimeException | Error e) {
            return null;
        }
    }

    private static boolean anyNature(CoreDictionary.Attribute a, Predicate<String> test) {
        for (Nature n : a.nature) {
            if (test.test(n.toString())) {
                return true;
            }
        }
        return false;
    }

    /** Total frequency of {@code w} in the core dictionary, 0 when unknown. */
    static int frequency(String w) {
        CoreDictionary.Attribute a = attribute(w);
        return a == null ? 0 : a.totalFrequency;
    }

    /** Whether the dictionary knows {@code w} and never as a person name. */
    static boolean isCommonNonPersonWord(String w) {
        CoreDictionary.Attribute a = attribute(w);
        return a != null && !anyNature(a, s -> s.startsWith("nr"));
    }

    /** Whether the dictionary's first (most frequent) reading of {@code w} is a person name. */
    static boolean isFirstAPersonName(String w) {
        CoreDictionary.Attribute a = attribute(w);
        return a != null && a.nature.length > 0 && a.nature[0].toString().startsWith("nr");
    }

    /**
     * Whether the dictionary's first reading of {@code w} is a common noun or a job title (n, nn*: 设计师, 能人), not a
     * person, place, body or other proper name.
     */
    static boolean isFirstACommonNoun(String w) {
        CoreDictionary.Attribute a = attribute(w);
        if (a == null || a.nature.length == 0) {
            return false;
        }
        String n = a.nature[0].toString();
        return n.equals("n") || n.startsWith("nn");
    }

    /** Whether the dictionary's first reading of {@code w} is a noun or a verb of any kind (n*, v*: 网格, 传承). */
    static boolean isFirstANounOrVerb(String w) {
        CoreDictionary.Attribute a = attribute(w);
        if (a == null || a.nature.length == 0) {
            return false;
        }
        String n = a.nature[0].toString();
        return n.startsWith("n") && !n.startsWith("nr") && !n.startsWith("ns") && !n.startsWith("nt") || n.startsWith("v");
    }

    /** Whether the dictionary knows {@code w} mainly as a verb (体会, 介绍), which a given name rarely is. */
    static boolean isCommonVerb(String w) {
        CoreDictionary.Attribute a = attribute(w);
        return a != null && a.totalFrequency >= 10 && a.nature.length > 0 && a.nature[0].toString().startsWith("v");
    }

    /** Whether the dictionary knows {@code w} as an abbreviation (人大, 政协, 妇联: mostly names of bodies). */
    static boolean isAbbreviation(String w) {
        CoreDictionary.Attribute a = attribute(w);
        return a != null && anyNature(a, s -> s.equals("j"));
    }

    /** Whether the dictionary lists {@code w} as a place or an organisation. */
    static boolean isPlaceOrOrganisation(String w) {
        CoreDictionary.Attribute a = attribute(w);
        return a != null && anyNature(a, s -> s.startsWith("ns") || s.startsWith("nt") || s.startsWith("nis"));
    }

    static List<Term> segmentWithNames(String text) {
        try {
            return Holder.PERSON_SEGMENT.seg(text);
        } catch (RuntimeException | Error e) {
            return List.of();
        }
    }

    static String toSimplified(String s) {
        try {
            return HanLP.convertToSimplifiedChinese(s);
        } catch (RuntimeException | Error e) {
            return s;
        }
    }
}
