package org.tiqu.bench.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code policy/dev.jsonl}: one passage per line with {@code id}, {@code doc_date}, {@code text} and
 * {@code spans} ({@code start}, {@code end}, {@code type}, {@code text}, {@code value}). The guideline's type
 * {@code DOC} is reported as tiqu's {@code DOCUMENT}. Each span's text is checked against the passage.
 */
public final class PolicyDevReader {
    private PolicyDevReader() {
    }

    /**
     * One passage.
     *
     * @param id      record id
     * @param docDate the publication date, the anchor for relative dates
     * @param text    the passage
     * @param gold    its POLICY / DATE / DOCUMENT spans
     */
    public record Passage(String id, LocalDate docDate, String text, List<Annotation> gold) {
    }

    /**
     * @return every passage of the file, in order
     * @throws UncheckedIOException     when the file cannot be read
     * @throws IllegalArgumentException for a malformed record (naming the line)
     */
    public static List<Passage> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<Passage> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            try {
                out.add(parse(lines.get(n)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + " line " + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * Parses one JSON line.
     *
     * @throws IllegalArgumentException when a field is missing or a span's text is not the passage's slice
     */
    @SuppressWarnings("unchecked")
    public static Passage parse(String line) {
        Object root = MiniJson.parse(line);
        if (!(root instanceof Map)) {
            throw new IllegalArgumentException("record is not a JSON object");
        }
        Map<String, Object> m = (Map<String, Object>) root;
        String id = (String) required(m, "id");
        LocalDate date = LocalDate.parse((String) required(m, "doc_date"));
        String text = (String) required(m, "text");
        List<Annotation> gold = new ArrayList<>();
        for (Object o : (List<Object>) required(m, "spans")) {
            Map<String, Object> s = (Map<String, Object>) o;
            int start = ((Number) required(s, "start")).intValue();
            int end = ((Number) required(s, "end")).intValue();
            String type = (String) required(s, "type");
            if (type.equals("DOC")) {
                type = "DOCUMENT";
            }
            if (end > text.length()) {
                throw new IllegalArgumentException("span [" + start + ", " + end + ") beyond the text in " + id);
            }
            Annotation a = new Annotation(type, start, end, (String) s.get("value"));
            Object spanText = s.get("text");
            if (spanText != null && !spanText.equals(a.in(text))) {
                throw new IllegalArgumentException("span text '" + spanText + "' is not the slice '" + a.in(text)
                        + "' in " + id);
            }
            gold.add(a);
        }
        return new Passage(id, date, text, List.copyOf(gold));
    }

    private static Object required(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing field '" + key + "'");
        }
        return v;
    }
}
