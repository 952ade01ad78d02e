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

    /**
     * A word the core dictionary knows mostly as an ordinary word: seen at least 5 times, more than half of them
     * with tags other than a name's (nr/ns/nt/nz): 大厦 n 44 / ns 1, 共和国 n; not 北京 ns, 长江 ns.
     */
    static boolean mostlyOrdinary(String s) {
        CoreDictionary.Attribute a = CoreDictionary.get(s);
        if (a == null || a.totalFrequency < 5) {
            return false;
        }
        int names = 0;
        for (int i = 0; i < a.nature.length; i++) {
            String t = a.nature[i] == null ? "" : a.nature[i].toString();
            if (t.startsWith("nr") || t.startsWith("ns") || t.startsWith("nt") || t.startsWith("nz")) {
                names += a.frequency[i];
            }
        }
        return (a.totalFrequency - names) * 2 > a.totalFrequency;
    }

    /**
     * A word the core dictionary knows at least as often as an ordinary word (a noun, verb, particle: not a name nor
     * an abbreviation, j) as otherwise, however rare: 沙土 n 2 / ns 1, 黑马 n, 云云 u, 中巴 (a minibus) n 3 / j 1; not
     * 港澳 j, 中非 ns, and not 中美, which it does not know.
     */
    static boolean ordinaryAtLeastHalf(String s) {
        CoreDictionary.Attribute a = CoreDictionary.get(s);
        if (a == null) {
            return false;
        }
        int other = 0;
        for (int i = 0; i < a.nature.length; i++) {
            String t = a.nature[i] == null ? "" : a.nature[i].toString();
            if (t.startsWith("nr") || t.startsWith("ns") || t.startsWith("nt") || t.startsWith("nz") || t.equals("j")) {
                other += a.frequency[i];
            }
        }
        return a.totalFrequency - other >= other;
    }

    /** A word the core dictionary tags a proper noun (nz) in more than half of its uses: 西门子, 大和, 野村. */
    static boolean mostlyProperNoun(String s) {
        CoreDictionary.Attribute a = CoreDictionary.get(s);
        if (a == null) {
            return false;
        }
        return frequency(a, "nz") * 2 > a.totalFrequency;
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

    /** A word of the core dictionary never tagged as a person's name, whatever its frequency (官邸 n 3). */
    static boolean neverPerson(String s) {
        CoreDictionary.Attribute a = CoreDictionary.get(s);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (n != null && n.toString().startsWith("nr")) {
                return false;
            }
        }
        return true;
    }

    /** HanLP's dictionary knows {@code s} as a brand or other proper noun (nz) only: 福特, 丰田, 诺基亚. */
    static boolean brandOnly(String s) {
        CoreDictionary.Attribute a = CoreDictionary.get(s);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (n != Nature.nz) {
                return false;
            }
        }
        return true;
    }

    /** HanLP's dictionary knows {@code s} as a verb among other things (代表, 主持). */
    static boolean verbToo(String s) {
        CoreDictionary.Attribute a = CoreDictionary.get(s);
        if (a != null) {
            for (Nature n : a.nature) {
                if (n != null && n.toString().startsWith("v")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A word of the core dictionary with any tag other than a person's name (文明 n/a/nr, 以军 j; not 李鹏 nr). */
    static boolean otherThanPerson(String s) {
        CoreDictionary.Attribute a = CoreDictionary.get(s);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            String t = n == null ? "" : n.toString();
            if (!t.startsWith("nr")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one-char word is a verb, function word, numeral, classifier or adjective (v p c d r u m q f a) at least 5
     * times in the core dictionary and more than twice as often as a person's name (nr): 来, 但, 张 (一张), 高.
     */
    static boolean mostlyNotAName(char ch) {
        return mostly(ch, NOT_A_NAME);
    }

    /** The part-of-speech classes of {@link #mostlyNotAName}. */
    static final String NOT_A_NAME = "vpcdrumqfa";

    /** The core dictionary's entry of a one-char word, or null. */
    static CoreDictionary.Attribute attribute(char ch) {
        return CoreDictionary.get(String.valueOf(ch));
    }

    /**
     * The one-char word is a word of the given part-of-speech classes (first letters of the tags) at least 5 times
     * in the core dictionary and more than twice as often as a person's name (nr).
     */
    static boolean mostly(char ch, String classes) {
        return mostly(attribute(ch), classes);
    }

    /** How often the core dictionary entry {@code a} (null: unknown) is tagged exactly one of {@code tags}. */
    static int uses(CoreDictionary.Attribute a, String... tags) {
        int n = 0;
        for (int i = 0; a != null && i < a.nature.length; i++) {
            String t = a.nature[i] == null ? "" : a.nature[i].toString();
            for (String tag : tags) {
                if (t.equals(tag)) {
                    n += a.frequency[i];
                }
            }
        }
        return n;
    }

    /** As {@link #mostly(char, String)}, for the dictionary entry {@code a} (null: unknown). */
    static boolean mostly(CoreDictionary.Attribute a, String classes) {
        if (a == null) {
            return false;
        }
        int name = 0, other = 0;
        for (int i = 0; i < a.nature.length; i++) {
            String t = a.nature[i] == null ? "" : a.nature[i].toString();
            if (t.startsWith("nr")) {
                name += a.frequency[i];
            } else if (!t.isEmpty() && classes.indexOf(t.charAt(0)) >= 0) {
                other += a.frequency[i];
            }
        }
        return other >= 5 && other > 2 * name;
    }

    /**
     * The one-char word is a common noun: tagged n (ng, ...) but not nr/ns/nt 50 times or more in the core dictionary,
     * and more than ten times as often as a name (党, 门, 花; not 马, 林, 王, nouns there under 50 times): 小党 is a
     * small party, where 小马 and 小林 may be persons.
     */
    static boolean commonNoun(char ch) {
        CoreDictionary.Attribute a = attribute(ch);
        if (a == null) {
            return false;
        }
        int noun = frequency(a, "n") - frequency(a, "nr") - frequency(a, "ns") - frequency(a, "nt");
        return noun >= 50 && noun > 10 * frequency(a, "nr");
    }

    /** A word the core dictionary tags exactly n (a common noun) in all of its uses, however rare: 水渠 n 2. */
    static boolean onlyNoun(String s) {
        CoreDictionary.Attribute a = CoreDictionary.get(s);
        return a != null && uses(a, "n") == a.totalFrequency;
    }

    /** A word of the core dictionary that is tagged exactly a (an adjective) in more than half of its uses: 可爱, 厉害. */
    static boolean mostlyAdjective(String s) {
        CoreDictionary.Attribute a = CoreDictionary.get(s);
        return a != null && uses(a, "a") * 2 > a.totalFrequency;
    }

    /**
     * The two-char word {@code pair} is a verb (any v tag) in more than half of its uses, seen at least 20 times and
     * more often than its last char alone: 安排 (v 134, 排 66), 安装; not 成为 (为 4,741), 生于 (于), 远在 (在).
     */
    static boolean verbOverItsLastChar(String pair) {
        CoreDictionary.Attribute a = CoreDictionary.get(pair);
        if (a == null || a.totalFrequency < 20 || !mostlyVerb(a)) {
            return false;
        }
        CoreDictionary.Attribute last = CoreDictionary.get(pair.substring(1));
        return last == null || a.totalFrequency > last.totalFrequency;
    }

    /** The entry (null: unknown) is a verb (any v tag) in more than half of its uses: 任, 应, 管; not 高 (a). */
    static boolean mostlyVerb(CoreDictionary.Attribute a) {
        return a != null && frequency(a, "v") * 2 > a.totalFrequency;
    }

    /**
     * A word of the core dictionary that is a person's name (nr) in less than a fifth of its uses: a place (刘桥
     * ns, 泉林 ns), a brand or product (吉尼斯 nz), a verb (张扬 v/vn, 许可 v).
     */
    static boolean rarelyAPerson(String s) {
        CoreDictionary.Attribute a = CoreDictionary.get(s);
        if (a == null) {
            return false;
        }
        return frequency(a, "nr") * 5 < a.totalFrequency;
    }

    /** How often the entry is tagged with a tag starting with {@code prefix} (nr: nr, nrf, nrj ...). */
    private static int frequency(CoreDictionary.Attribute a, String prefix) {
        int f = 0;
        for (int i = 0; i < a.nature.length; i++) {
            if (a.nature[i] != null && a.nature[i].toString().startsWith(prefix)) {
                f += a.frequency[i];
            }
        }
        return f;
    }
}
