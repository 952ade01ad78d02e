package org.tiqu.bench.train;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists the words of HanLP's core dictionary (CoreNatureDictionary.mini, shipped in hanlp-portable 1.8.6, Apache
 * License 2.0) by walking its double-array trie; only read, HanLP's state is not changed.
 */
final class HanlpWords {
    private HanlpWords() {
    }

    static List<String> words(int minLength, int maxLength) {
        DoubleArrayTrie<CoreDictionary.Attribute> trie = CoreDictionary.trie;
        int[] base = trie.getBase();
        int[] check = trie.getCheck();
        int n = Math.min(base.length, check.length);
        // children of state b are the indices p with check[p] == b (char = p - b - 1)
        int[] count = new int[n + 1];
        for (int p = 0; p < n; p++) {
            int b = check[p];
            if (b > 0 && b < n) {
                count[b + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            count[i + 1] += count[i];
        }
        int[] kids = new int[count[n]];
        int[] fill = count.clone();
        for (int p = 0; p < n; p++) {
            int b = check[p];
            if (b > 0 && b < n) {
                kids[fill[b]++] = p;
            }
        }
        List<String> out = new ArrayList<>();
        walk(base, check, count, kids, base[0], new StringBuilder(), out, minLength, maxLength);
        return out;
    }

    private static void walk(int[] base, int[] check, int[] count, int[] kids, int b, StringBuilder prefix,
                             List<String> out, int minLength, int maxLength) {
        if (b <= 0 || b >= count.length - 1 || prefix.length() > maxLength) {
            return;
        }
        for (int k = count[b]; k < count[b + 1]; k++) {
            int p = kids[k];
            int c = p - b - 1;
            if (c == -1) {
                if (base[p] < 0 && prefix.length() >= minLength) {
                    out.add(prefix.toString());
                }
                continue;
            }
            if (c <= 0 || c > 0xFFFF) {
                continue;
            }
            prefix.append((char) c);
            walk(base, check, count, kids, base[p], prefix, out, minLength, maxLength);
            prefix.setLength(prefix.length() - 1);
        }
    }
}
