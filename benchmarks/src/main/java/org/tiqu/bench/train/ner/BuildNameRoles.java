package org.tiqu.bench.train.ner;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import org.tiqu.internal.ner.NameRoles;
import org.tiqu.internal.ner.TrieKeys;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Writes {@code name-roles.tsv.gz}, the tagger's name-role statistics ({@link NameRoles}), from HanLP's person-role
 * dictionary ({@code data/dictionary/person/nr.txt.bin} in the portable jar: how often each char or word was seen as a
 * surname, a given name's first or last char, a one-char given name, or the word just before or after a name, in
 * HanLP's role-tagged corpus). Keeps one-char entries with any of the roles C, D, E, K, L and two-char entries with K or
 * L; whole names are not in the dictionary.
 *
 * <pre>
 * mvn -q -o -DskipTests package
 * java -cp benchmarks/target/benchmarks.jar org.tiqu.bench.train.ner.BuildNameRoles core/src/main/resources/org/tiqu/ner/name-roles.tsv.gz
 * </pre>
 */
public final class BuildNameRoles {
    private BuildNameRoles() {
    }

    private static final NR[] ROLES = {NR.C, NR.D, NR.E, NR.K, NR.L};

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BuildNameRoles OUT.tsv.gz");
            System.exit(2);
        }
        TreeMap<String, int[]> rows = new TreeMap<>();
        DoubleArrayTrie<EnumItem<NR>> dat = trie();
        TrieKeys.forEach(dat, 64, c -> true, (word, item) -> {
            int[] f = new int[ROLES.length];
            boolean any = false;
            for (int r = 0; r < ROLES.length; r++) {
                Integer n = item.labelMap.get(ROLES[r]);
                f[r] = n == null ? 0 : n;
                boolean wanted = word.length() == 1 || ROLES[r] == NR.K || ROLES[r] == NR.L;
                any |= wanted && f[r] > 0;
            }
            if (word.length() == 2) {
                f[0] = f[1] = f[2] = 0;
            }
            if (any && word.length() <= 2 && word.chars().allMatch(ch -> ch >= 0x3400 && ch <= 0x9FFF)) {
                rows.put(word, f);
            }
        });
        Path out = Path.of(args[0]);
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            w.write("# word\tC\tD\tE\tK\tL (counts from HanLP portable 1.8.6 data/dictionary/person/nr.txt.bin)\n");
            for (var e : rows.entrySet()) {
                StringBuilder sb = new StringBuilder(e.getKey());
                for (int n : e.getValue()) {
                    sb.append('\t').append(n);
                }
                w.write(sb.append('\n').toString());
            }
        }
        System.out.println("wrote " + rows.size() + " entries to " + out + " (" + Files.size(out) + " bytes)");
    }

    @SuppressWarnings("unchecked")
    private static DoubleArrayTrie<EnumItem<NR>> trie() {
        try {
            var f = com.hankcs.hanlp.dictionary.common.CommonDictionary.class.getDeclaredField("trie");
            f.setAccessible(true);
            return (DoubleArrayTrie<EnumItem<NR>>) f.get(PersonDictionary.dictionary);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("HanLP's person dictionary is not where this HanLP version keeps it", e);
        }
    }
}
