package org.tiqu.internal.lexicon;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Document;
import org.tiqu.internal.recognize.Mention;
import org.tiqu.internal.recognize.Recognizer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * A caller's own typed words, per {@code Extractor}. File format, UTF-8, one entry a line:
 * {@code word<TAB>TYPE} or {@code word<TAB>DATE<TAB>value}; blank lines and lines starting with {@code #} are
 * skipped. Its mentions win over every statistical or rule-based mention of their type they overlap.
 */
public final class UserLexicon implements Recognizer {

    /** One typed entry. */
    public record Entry(EntityType type, String value) {
    }

    private final AhoCorasickDoubleArrayTrie<Entry> trie;
    private final int size;

    private UserLexicon(TreeMap<String, Entry> entries) {
        this.size = entries.size();
        this.trie = new AhoCorasickDoubleArrayTrie<>();
        if (!entries.isEmpty()) {
            trie.build(entries);
        }
    }

    /** @return how many words the lexicon holds */
    public int size() {
        return size;
    }

    /**
     * Reads lexicon files.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed entry or unknown type
     * @throws UncheckedIOException     when a file cannot be read
     */
    public static UserLexicon load(List<Path> paths) {
        TreeMap<String, Entry> entries = new TreeMap<>();
        for (Path path : paths) {
            read(path, entries);
        }
        return new UserLexicon(entries);
    }

    private static void read(Path path, TreeMap<String, Entry> entries) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                String where = path + ":" + number + ": ";
                if (cols.length < 2 || cols.length > 3 || cols[0].strip().isEmpty()) {
                    throw new IllegalArgumentException(where + "expected word<TAB>TYPE[<TAB>value], got \"" + line + "\"");
                }
                EntityType type;
                try {
                    type = EntityType.valueOf(cols[1].strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + "unknown entity type \"" + cols[1].strip()
                            + "\" (expected one of " + java.util.Arrays.toString(EntityType.values()) + ")");
                }
                String value = cols.length == 3 ? cols[2].strip() : null;
                if (type == EntityType.DATE && (value == null || value.isEmpty())) {
                    throw new IllegalArgumentException(where + "a DATE entry needs a value column (e.g. 2023-08-15)");
                }
                if (type != EntityType.DATE && value != null) {
                    throw new IllegalArgumentException(where + "only DATE entries take a value column");
                }
                String word = org.tiqu.internal.text.Normalizer.normalize(cols[0].strip()).text().strip();
                if (word.isEmpty()) {
                    throw new IllegalArgumentException(where + "the word is empty once invisible characters are removed");
                }
                entries.put(word, new Entry(type, value));
            }
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("lexicon " + path + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void recognize(Document doc, List<Mention> out) {
        if (size == 0) {
            return;
        }
        trie.parseText(doc.chars(), (begin, end, entry) ->
                out.add(new Mention(entry.type(), begin, end, entry.value(), Mention.Priority.USER_LEXICON)));
    }
}
