package org.tiqu.internal.ner;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Document;
import org.tiqu.internal.recognize.Mention;
import org.tiqu.internal.recognize.Recognizer;
import org.tiqu.internal.seg.Segmenter;
import org.tiqu.internal.seg.Word;
import org.tiqu.internal.text.Chars;

import java.util.List;

/**
 * PERSON / PLACE / ORGANIZATION from the tags of HanLP's role-tagging recognizers ({@code nr*}, {@code ns*},
 * {@code nt*}), with a guard against person names made of word fragments (HanLP reads 成全民 or 文旅 as names
 * when their characters are common surnames).
 */
public final class HanlpEntityRecognizer implements Recognizer {
    /**
     * HanLP's own segmentation with its role-tagging recognizers: the document's words now come from tiqu's
     * segmenter, whose PD98-style tags split names (江/nr 泽民/nr) and carry no nt for long organization names.
     */
    private final Segmenter hanlp = new Segmenter(new ViterbiSegment()
            .enableCustomDictionary(false)
            .enablePartOfSpeechTagging(true)
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true)
            .enableOffset(false));

    @Override
    public void recognize(Document doc, List<Mention> out) {
        for (Word w : hanlp.segment(doc.chars())) {
            String pos = w.pos();
            if (pos.startsWith("nr")) {
                if (plausiblePerson(w.text())) {
                    out.add(new Mention(EntityType.PERSON, w.start(), w.end()));
                }
            } else if (pos.startsWith("ns")) {
                out.add(new Mention(EntityType.PLACE, w.start(), w.end()));
            } else if (pos.startsWith("nt")) {
                out.add(new Mention(EntityType.ORGANIZATION, w.start(), w.end()));
            }
        }
    }

    /** A Chinese name of 2 to 4 Han chars whose given-name part is not an ordinary word. */
    static boolean plausiblePerson(String name) {
        if (name.length() < 2 || name.length() > 4) {
            return name.length() > 4 && name.indexOf('·') > 0; // transliterated foreign names
        }
        for (int i = 0; i < name.length(); i++) {
            if (!Chars.isHan(name.charAt(i))) {
                return false;
            }
        }
        if (isCommonWord(name)) {
            return false;
        }
        String given = name.substring(1);
        return !(given.length() >= 2 && isCommonWord(given));
    }

    private static boolean isCommonWord(String s) {
        CoreDictionary.Attribute a = CoreDictionary.get(s);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (n != null && n.toString().startsWith("nr")) {
                return false;
            }
        }
        return a.totalFrequency >= 5;
    }
}
