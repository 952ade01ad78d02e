package org.tiqu.internal.ner;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/** Word facts from HanLP's core dictionary (read-only). */
final class Words {
    private Words() {
    }

    /**
     * An ordinary word, not a name: in the core dictionary, none of its tags a name tag (nr/ns/nt), seen at least
     * 5 times. 和平 and 宣布 are; 木垒 and 孙学良 are not.
     */
    static boolean common(String s) {
        CoreDictionary.Attribute a = CoreDictionary.get(s);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            String t = n == null ? "" : n.toString();
            if (t.startsWith("nr") || t.startsWith("ns") || t.startsWith("nt")) {
                return false;
            }
        }
        return a.totalFrequency >= 5;
    }

    /**
     * A word the core dictionary also knows as an ordinary word: {@link #common}, or with a noun, place-word or
     * other non-name tag beside its name tags (矿区 n/ns/s, 新村 n/ns), seen at least 5 times.
     */
    static boolean ordinaryToo(String s) {
        CoreDictionary.Attribute a = CoreDictionary.get(s);
        if (a == null || a.totalFrequency < 5) {
            return false;
        }
        for (Nature n : a.nature) {
            String t = n == null ? "" : n.toString();
            if (!t.startsWith("nr") && !t.startsWith("ns") && !t.startsWith("nt") && !t.startsWith("nz")) {
                return true;
            }
        }
        return false;
    }

    /** A word of the core dictionary, whatever its tags and frequency. */
    static boolean known(String s) {
        return CoreDictionary.get(s) != null;
    }

    /** A known word that is not a person's name: {@link #common}, or tagged as a place/organisation only. */
    static boolean notAName(String s) {
        CoreDictionary.Attribute a = CoreDictionary.get(s);
        if (a == null) {
            return false;
        }
        boolean name = false, other = false;
        for (Nature n : a.nature) {
            String t = n == null ? "" : n.toString();
            name |= t.startsWith("nr");
            other |= t.startsWith("ns") || t.startsWith("nt");
        }
        return !name && (other || a.totalFrequency >= 5);
    }
}
