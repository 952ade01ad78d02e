package org.tiqu.internal.date;

/**
 * Reads a number at a position of cleaned text: ASCII digits (full-width ones are already folded), Chinese
 * positional numerals (十五, 二十一, 两) or Chinese digit strings (一九九八, 二○○一). The result is packed into a
 * long so the scanner allocates nothing: see {@link #value}, {@link #length}, {@link #kind}.
 */
final class Numerals {
    static final int ARABIC = 1;
    /** Chinese with 十/百/千: 二十一. */
    static final int CN_POSITIONAL = 2;
    /** Chinese digit by digit: 一九九八, 二○○一. */
    static final int CN_DIGITS = 3;
    /** Longest Chinese numeral read (一千九百九十八 has 7 characters). */
    static final int MAX_CN = 12;
    /** No number at the position. */
    static final long NONE = -1L;

    private Numerals() {
    }

    /** Value 0-9 of a Chinese digit character, or -1. 两 counts as 2, 〇/○/零/O as 0. */
    static int cnDigit(char c) {
        return switch (c) {
            case '〇', '○', '零', 'O', 'Ｏ' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code c} may start a number. */
    static boolean startsNumber(char c) {
        return isAsciiDigit(c) || c == '十' || (cnDigit(c) >= 0 && c != 'O' && c != 'Ｏ');
    }

    /**
     * Parses the longest number starting at {@code i} (at most 4 Arabic digits, positional numerals up to 9999).
     *
     * @return packed result or {@link #NONE}
     */
    static long parse(CharSequence s, int i) {
        int n = s.length();
        if (i >= n) {
            return NONE;
        }
        char c = s.charAt(i);
        if (isAsciiDigit(c)) {
            int j = i;
            long v = 0;
            while (j < n && isAsciiDigit(s.charAt(j))) {
                if (j - i >= 4) {
                    return NONE; // 5+ digits: never a date part
                }
                v = v * 10 + (s.charAt(j) - '0');
                j++;
            }
            return pack((int) v, ARABIC, j - i);
        }
        if (c == 'O' || c == 'Ｏ' || (cnDigit(c) < 0 && c != '十')) {
            return NONE;
        }
        // digit string (一九九八) when no 十百千 follows within the run
        int j = i;
        boolean positional = false;
        while (j < n && j - i < MAX_CN) { // bounded: a long run of numerals must not make the scan quadratic
            char d = s.charAt(j);
            if (d == '十' || d == '百' || d == '千') {
                positional = true;
            } else if (cnDigit(d) < 0) {
                break;
            }
            j++;
        }
        if (!positional) {
            int v = 0;
            int len = j - i;
            if (len > 4) {
                return NONE;
            }
            for (int k = i; k < j; k++) {
                v = v * 10 + cnDigit(s.charAt(k));
            }
            return pack(v, len == 1 ? CN_POSITIONAL : CN_DIGITS, len);
        }
        // positional: [d]千[d]百[d]十[d]
        int total = 0;
        int cur = -1;
        int k = i;
        while (k < j) {
            char d = s.charAt(k);
            int dv = cnDigit(d);
            if (dv >= 0) {
                if (cur >= 0 && dv != 0) {
                    break; // two digits in a row inside a positional number: stop
                }
                cur = dv;
            } else {
                int mul = d == '十' ? 10 : d == '百' ? 100 : 1000;
                total += (cur < 0 ? 1 : cur) * mul;
                cur = -1;
            }
            k++;
        }
        if (cur > 0) {
            total += cur;
        }
        return pack(total, CN_POSITIONAL, k - i);
    }

    private static long pack(int value, int kind, int length) {
        return ((long) value << 32) | ((long) kind << 8) | (length & 0xFF);
    }

    static int value(long p) {
        return (int) (p >>> 32);
    }

    /** Characters the number takes. */
    static int length(long p) {
        return (int) (p & 0xFF);
    }

    static int kind(long p) {
        return (int) ((p >>> 8) & 0xF);
    }
}
