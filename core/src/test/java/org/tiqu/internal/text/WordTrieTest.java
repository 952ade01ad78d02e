package org.tiqu.internal.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordTrieTest {
    /** Random words over a small alphabet, so they share prefixes and suffixes and overlap in the text. */
    private static TreeMap<String, Integer> randomWords(Random r, int count, String alphabet) {
        TreeMap<String, Integer> words = new TreeMap<>();
        while (words.size() < count) {
            int len = 2 + r.nextInt(5);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            words.put(b.toString(), 1 + r.nextInt(1000));
        }
        return words;
    }

    private static WordTrie trie(TreeMap<String, Integer> words, long sizeHint) {
        WordTrie t = new WordTrie(sizeHint);
        for (var e : words.entrySet()) {
            t.add(e.getKey().toCharArray(), e.getKey().length(), e.getValue());
        }
        return t.compact();
    }

    /** Every (begin, end, value) by brute force, ordered by end, then by the word in descending string order. */
    private static List<String> bruteForce(TreeMap<String, Integer> words, String text) {
        List<String> out = new ArrayList<>();
        for (int e = 1; e <= text.length(); e++) {
            TreeMap<String, Integer> ending = new TreeMap<>(java.util.Comparator.reverseOrder());
            TreeMap<String, Integer> beginOf = new TreeMap<>();
            for (int b = 0; b < e - 1; b++) {
                String w = text.substring(b, e);
                if (words.containsKey(w)) {
                    ending.put(w, words.get(w));
                    beginOf.put(w, b);
                }
            }
            for (var h : ending.entrySet()) {
                out.add(beginOf.get(h.getKey()) + "-" + e + ":" + h.getValue());
            }
        }
        return out;
    }

    private static List<String> matches(WordTrie t, String text) {
        List<String> out = new ArrayList<>();
        t.match(text.toCharArray(), (b, e, v) -> out.add(b + "-" + e + ":" + v));
        return out;
    }

    @Test
    void findsEveryOccurrenceInTheAutomatonsOrder() {
        Random r = new Random(11);
        String alphabet = "北京市人民政府中国公司";
        TreeMap<String, Integer> words = randomWords(r, 400, alphabet);
        WordTrie t = trie(words, 16); // a far too small size hint: the table has to grow
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            text.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        List<String> expected = bruteForce(words, text.toString());
        assertTrue(expected.size() > 500, "the text has many overlapping words: " + expected.size());
        assertEquals(expected, matches(t, text.toString()));
        assertEquals(words.size(), t.size());
    }

    @Test
    void looksUpWholeWordsOnly() {
        TreeMap<String, Integer> words = new TreeMap<>();
        words.put("人民政府", 7);
        words.put("北京市人民政府", 9);
        words.put("政府", 3);
        WordTrie t = trie(words, 100);
        assertEquals(7, t.get("人民政府", -1));
        assertEquals(9, t.get("北京市人民政府", -1));
        assertEquals(3, t.get("政府", -1));
        assertEquals(-1, t.get("民政府", -1), "a suffix path that is not a word");
        assertEquals(-1, t.get("市人民政府", -1));
        assertEquals(-1, t.get("府", -1), "one-char words are not in the trie");
        assertEquals(-1, t.get("上海市人民政府", -1));
        assertEquals(7, t.maxLength());
    }

    @Test
    void charsOutsideTheBasicPlaneAndNulAreOrdinaryChars() {
        TreeMap<String, Integer> words = new TreeMap<>();
        words.put("\u0000a", 1);
        words.put("\uD83D\uDE00x", 2);
        WordTrie t = trie(words, 4);
        assertEquals(List.of("0-2:1", "3-6:2"), matches(t, "\u0000ab\uD83D\uDE00x"));
        assertEquals(List.of(), matches(t, "a\u0000"));
    }

    @Test
    void refusesOneCharWords() {
        WordTrie t = new WordTrie(10);
        assertThrows(IllegalArgumentException.class, () -> t.add(new char[] {'北'}, 1, 1));
    }
}
