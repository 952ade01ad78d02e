package org.tiqu.internal.ner;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;

import java.util.function.BiConsumer;
import java.util.function.IntPredicate;

/**
 * The keys of a HanLP double-array trie loaded from its binary form, which keeps no key list: read back by walking
 * the trie's states (the children of the state with base b sit at b + code with check == b; code 0 ends a word).
 */
public final class TrieKeys {
    private TrieKeys() {
    }

    /**
     * Visits every key of {@code dat} of at most {@code maxLength} chars made only of chars {@code keep} accepts (a
     * subtree below any other char is not walked), with its value.
     */
    public static <V> void forEach(DoubleArrayTrie<V> dat, int maxLength, IntPredicate keep, BiConsumer<String, V> visitor) {
        int[] base = dat.getBase(), check = dat.getCheck();
        int size = Math.min(base.length, check.length);
        int[] start = new int[size + 2];
        for (int p = 0; p < size; p++) {
            int b = check[p];
            if (b > 0 && b < size && p >= b) {
                start[b + 1]++;
            }
        }
        for (int b = 0; b <= size; b++) {
            start[b + 1] += start[b];
        }
        int[] child = new int[start[size + 1]];
        int[] fill = java.util.Arrays.copyOf(start, size + 1);
        for (int p = 0; p < size; p++) {
            int b = check[p];
            if (b > 0 && b < size && p >= b) {
                child[fill[b]++] = p;
            }
        }
        new Walk<>(dat, base, start, child, new char[maxLength], keep, visitor).from(base[0], 0);
    }

    private record Walk<V>(DoubleArrayTrie<V> dat, int[] base, int[] start, int[] child, char[] prefix,
            IntPredicate keep, BiConsumer<String, V> visitor) {
        void from(int b, int depth) {
            if (b <= 0 || b + 1 >= start.length) {
                return;
            }
            for (int k = start[b]; k < start[b + 1]; k++) {
                int p = child[k];
                int code = p - b;
                if (code == 0) {
                    int n = base[p];
                    if (n < 0 && depth > 0) {
                        visitor.accept(new String(prefix, 0, depth), dat.getValueAt(-n - 1));
                    }
                } else {
                    char c = (char) (code - 1);
                    if (keep.test(c) && depth < prefix.length) {
                        prefix[depth] = c;
                        from(base[p], depth + 1);
                    }
                }
            }
        }
    }
}
