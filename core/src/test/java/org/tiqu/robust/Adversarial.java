package org.tiqu.robust;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

/**
 * Generators of hostile text: the pieces real pages are made of (names, places, dates, titles, numbered
 * items) mixed with everything that breaks offset bookkeeping (surrogate pairs, lone surrogates, combining
 * marks, controls, NUL, every kind of line break, zero-width and compatibility characters, layout breaks
 * inside words). Short strings mostly: the point is many shapes, not size.
 */
final class Adversarial {
    private Adversarial() {
    }

    /** Words and phrases that make the recognizers fire, so entity offsets are exercised too. */
    static final List<String> WORDS = List.of(
            "新疆", "北京市", "中华人民共和国", "国务院", "习近平", "江泽民", "李鹏", "昌吉州党委", "兵团第六师五家渠市",
            "上海", "中共中央", "人民日报", "联合国", "美国", "中美关系", "京津冀", "邓小平理论", "一带一路",
            "乡村振兴战略", "《关于推进乡村振兴的意见》", "《中华人民共和国民法典》", "2023年8月15日", "8月15日至17日",
            "今年上半年", "去年", "一九九八年", "十二月三十一日", "上午10时30分", "第十四个五年规划", "“十四五”",
            "新疆天鹅现代农业机械装备有限公司", "记者孙学良报道", "本报讯", "２０２３年８月１５日", "ＧＤＰ", "２０％",
            "有限公司", "发展", "经济", "社会", "的", "了", "和", "在", "是", "（一）", "一、", "1.", "## ", "——", "……",
            "2023年", "20世纪50年代", "3月", "星期三", "2023年8月16日 星期三",
            // the person rules' cues: surnames and names beside list marks, bylines, credits, phrases
            "李", "王", "何", "王德槟", "张平送", "姜糖", "桂皮", "、", "、张三、", "李四等", "记者姜微", "（新华社记者刘宇摄）",
            "傅雷译的", "万里之外", "因公牺牲", "谈何", "为副省长", "喜出望外",
            // cues of the later rules: a name's third char before speech or a mark, organs, meetings, units, homes
            "计三猛说", "会长朱穆之和", "师党委书记", "李明作报告", "艾力·买买提家", "五家渠市人民医院", "市工信局",
            "师市", "学习会", "六师", "兵团一师", "中建三局", "中交一公局", "自治区", "公安厅", "局长", "发展和改革委员会",
            "葡萄沟", "所属", "旗下", "五家渠分行", "河畔", "买买提高兴", "石河子市与",
            // traditional script and PDF radicals, read as simplified char for char: 「」 become quotes
            "國務院", "臺灣", "馬興瑞", "「兵地一盤棋」", "新疆維吾爾自治區黨委", "衞", "著", "乾隆",
            "中华\u2F08\u2EA0共和国", "\u2ED3\u2F9E",
            // official lists in cells of three chars: 王　毅 padded, one space apart
            "丁薛祥　王　毅　", "　李　强", "蔡　奇",
            // a letter-spaced line of PDF text
            "国 务 院 总 理 李 强 在 北 京 ", "马 克 龙 。",
            // page numbers of official documents inside a sentence
            "\n\n— 3 —\n\n", "\n－ 12 －\n", "\n7\n");

    static final String PUNCT = "，。、；：？！“”‘’（）《》【】—…·,.;:?!()\"'-/[]{}<>|&#%*+=~`^_@$";
    static final List<String> SPACES = List.of(" ", "\t", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u2028", "\u2029",
            "\u3000", "\u00A0", "\u000B", "\u000C", "\u0085", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF",
            " \n ", "\n\u3000\u3000", "\r\r\n", "\n\r");
    static final List<String> ODD = List.of(
            "\uD83D\uDE00", "\uD83C\uDDE8\uD83C\uDDF3", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\u2764\uFE0F",
            "\uD83D\uDC4D\uD83C\uDFFD", "\uD840\uDC00", "\uD869\uDEDF", "\uD87E\uDC00", // emoji, flags, ZWJ, ext-B, compat supplement
            "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", // lone and reversed surrogates
            "e\u0301", "\u0301", "\u0300\u0301\u0302", "新\u0301", "\u20DD", "\u3099", "か\u3099", // combining marks
            "\u0000", "\u0001", "\u001F", "\u007F", "\u0080", "\u009F", "\u001B[31m", // controls, NUL, ANSI escape
            "\uFB01", "\u337F", "\u2460", "\u3231", "\uFF76", "\uFF9E", "\u2122", "\u00BD", "\u216B", "\u2474", "\u2488",
            "\uFF0E", "\uFF61", "\u2F00", "\u00B2", "\u1E9B\u0323", "\uFDFA", // NFKC changes (and lengthens) these
            "\uE000", "\uF8FF", "\uFFFE", "\uFFFF", "\uFFFD", "\u0378", // private use, noncharacters, unassigned
            "\u202E", "\u200E", "\u00AD", "\u061C", "\u180E", // bidi and other format chars
            "〇", "々", "〆", "ー", "・", "\u3000", "\u0085");

    static Arbitrary<Character> han() {
        return Arbitraries.chars().range('\u4E00', '\u9FA5');
    }

    static Arbitrary<String> hanRun(int min, int max) {
        return han().list().ofMinSize(min).ofMaxSize(max).map(Adversarial::join);
    }

    /** A paragraph line long enough to be joined, broken inside a word, as in pasted PDF text (新\n\n疆). */
    static Arbitrary<String> layoutBreak() {
        return Combinators.combine(hanRun(14, 24), Arbitraries.of("新", "《关于", "兵团第六", "昌吉"),
                        Arbitraries.of("\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n", "\n\u3000\u3000", "\u2028", " \n"),
                        Arbitraries.of("疆", "推进工作》", "师", "州", "（一）", "1.", "## 标题"))
                .as((line, head, brk, tail) -> line + head + brk + tail);
    }

    static Arbitrary<String> piece() {
        return Arbitraries.frequencyOf(
                Tuple(10, Arbitraries.of(WORDS)),
                Tuple(8, hanRun(1, 6)),
                Tuple(4, Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(6)),
                Tuple(4, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5)),
                Tuple(3, Arbitraries.strings().withCharRange('\uFF01', '\uFF5E').ofMinLength(1).ofMaxLength(4)),
                Tuple(6, Arbitraries.of(PUNCT.chars().mapToObj(c -> String.valueOf((char) c)).toList())),
                Tuple(6, Arbitraries.of(SPACES)),
                Tuple(6, Arbitraries.of(ODD)),
                Tuple(2, layoutBreak()),
                Tuple(2, Arbitraries.chars().map(c -> String.valueOf(c))), // any BMP char at all
                Tuple(1, Arbitraries.integers().between(0x10000, 0x10FFFF).map(cp -> Character.toString(cp))));
    }

    /** Strings of 0 to 16 pieces. */
    static Arbitrary<String> text() {
        return piece().list().ofMaxSize(16).map(ps -> String.join("", ps));
    }

    /** Strings of arbitrary UTF-16 code units, lone surrogates included. */
    static Arbitrary<String> anyChars() {
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    /** Real sentences with adversarial characters inserted at random places (inside words too). */
    static Arbitrary<String> mutated() {
        Arbitrary<String> insert = Arbitraries.oneOf(Arbitraries.of(SPACES), Arbitraries.of(ODD),
                Arbitraries.chars().map(c -> String.valueOf(c)));
        return Combinators.combine(Arbitraries.of(SENTENCES), insert.list().ofMinSize(1).ofMaxSize(6),
                        Arbitraries.integers().between(0, 1 << 20).list().ofSize(6))
                .as((s, ins, at) -> {
                    StringBuilder sb = new StringBuilder(s);
                    for (int k = 0; k < ins.size(); k++) {
                        sb.insert(at.get(k) % (sb.length() + 1), ins.get(k));
                    }
                    return sb.toString();
                });
    }

    static final List<String> SENTENCES = List.of(
            "本报讯 记者孙学良报道：8月15日，昌吉州党委书记、兵团第六师党委第一书记、第一政委曾艳阳来到兵团第六师五家渠市调研并座谈。",
            "他强调，要深入学习贯彻习近平总书记视察新疆重要讲话重要指示精神，完整准确全面贯彻新时代党的治疆方略。",
            "在新疆航天兆丰科技有限公司、新疆天鹅现代农业机械装备有限公司和新疆信发铝业公司，曾艳阳与企业负责人深入交流。",
            "国务院办公厅印发《关于推进乡村振兴战略的实施意见》，要求2023年底前完成。",
            "12月31日，中共中央总书记、国家主席江泽民发表1998年新年讲话《迈向充满希望的新世纪》。",
            "１９９８年１月１日，李鹏总理在北京会见了美国国务卿奥尔布赖特。",
            "今年上半年，京津冀协同发展取得新进展，中美关系保持稳定。",
            "Apple Inc. 与华为技术有限公司在深圳签署协议（附图片1张）。");

    private static String join(List<Character> cs) {
        StringBuilder sb = new StringBuilder(cs.size());
        for (char c : cs) {
            sb.append(c);
        }
        return sb.toString();
    }

    private static net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends String>> Tuple(int w, Arbitrary<String> a) {
        return net.jqwik.api.Tuple.of(w, a);
    }
}
