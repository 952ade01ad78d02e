package org.tiqu.internal.text;

/** Character classes shared by the normalizer, segmenter and recognizers. */
public final class Chars {
    private Chars() {
    }

    /**
     * Whitespace in tiqu's sense: Java whitespace, Unicode space separators (NBSP, U+3000, U+2028/2029), the next
     * line control U+0085 (so every Unicode White_Space char and every {@link #isLineBreak} char is one) and the
     * zero-width characters that only steer layout (ZWSP, ZWNJ, ZWJ, word joiner, BOM). Tokens never include them.
     */
    public static boolean isSpace(char c) {
        if (c >= '\u3400' && c <= '\u9FFF') {
            return false; // Han: most of Chinese text, answered without the JDK's three-level property tables
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085'
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    /** Chinese opening quote marks (“, 「, 『). */
    public static boolean isOpenQuote(char c) {
        return c == '“' || c == '「' || c == '『';
    }

    /** Chinese closing quote marks (”, 」, 』). */
    public static boolean isCloseQuote(char c) {
        return c == '”' || c == '」' || c == '』';
    }

    /** Line and paragraph breaks. */
    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C' || c == '\u0085';
    }

    /** Chars that spell foreign names in transliteration (克林顿, 阿拉法特, 特斯拉); many spell Chinese names too. */
    public static final String TRANSLITERATION = "阿埃艾爱安昂奥巴拜班邦包保贝本比彼宾波伯布达戴丹道德迪蒂丁东杜敦多厄恩法凡菲费芬丰"
            + "弗福盖冈戈格贡古瓜圭哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康考柯科克肯库拉莱兰朗劳勒雷里利列林琳留卢鲁伦罗洛马玛"
            + "迈麦曼梅门米敏明莫姆穆纳娜南内尼纽努诺帕潘佩皮普奇琪恰乔切丘萨塞桑瑟森沙莎尚舍施什史斯松苏索塔泰坦汤唐特提图托"
            + "瓦万旺威韦维温沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤约泽扎詹兹佐茨尔蒙朱根";

    /** ASCII and full-width Latin letters. */
    public static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'ａ' && c <= 'ｚ') || (c >= 'Ａ' && c <= 'Ｚ');
    }

    /** CJK ideographs of the basic and extension-A blocks and compatibility ideographs, plus 〇. */
    public static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF')
                || (c >= '\uF900' && c <= '\uFAFF') || c == '\u3007';
    }

    /** Full-width and CJK punctuation, brackets and quotes common in Chinese text. */
    public static boolean isCjkPunct(char c) {
        return (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF01' && c <= '\uFF0F') || (c >= '\uFF1A' && c <= '\uFF20')
                || (c >= '\uFF3B' && c <= '\uFF40') || (c >= '\uFF5B' && c <= '\uFF65')
                || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\u2014' || c == '\u2026'
                || c == '\u00B7' || c == '\u2022';
    }

    /** The middle dot between the parts of a transliterated name, as written: ·, the bullet •, katakana's ・. */
    public static boolean isNameDot(char c) {
        return c == '·' || c == '•' || c == '・';
    }

    /** Ends a sentence: 。！？；… and their ASCII forms. */
    public static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';' || c == '…'
                || c == '．';
    }

    /** Closing quotes and brackets that may follow a sentence end. */
    public static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '》' || c == '"' || c == '\'';
    }

    /**
     * Characters the segmenter never hands to HanLP: controls, unassigned, private-use, lone surrogates and
     * format characters; each becomes a token of its own (pos {@code x}).
     */
    public static boolean isOpaque(char c) {
        int t = Character.getType(c);
        return t == Character.CONTROL || t == Character.UNASSIGNED || t == Character.PRIVATE_USE
                || t == Character.SURROGATE || t == Character.FORMAT;
    }
}
