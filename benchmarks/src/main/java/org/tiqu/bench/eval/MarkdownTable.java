package org.tiqu.bench.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds one GitHub-flavoured Markdown table. Cells are escaped ({@code |} and line breaks); numbers are
 * formatted by the helpers so every table reads the same way.
 */
public final class MarkdownTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param header the column titles (at least one) */
    public MarkdownTable(String... header) {
        if (header.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.header = List.of(header);
    }

    /**
     * Adds a row.
     *
     * @throws IllegalArgumentException when the cell count differs from the header's
     */
    public MarkdownTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, header has " + header.size());
        }
        List<String> r = new ArrayList<>(cells.length);
        for (Object c : cells) {
            r.add(c == null ? "" : c.toString());
        }
        rows.add(r);
        return this;
    }

    /** @return a ratio as a percentage with one decimal, e.g. {@code 93.4} */
    public static String pct(double ratio) {
        return String.format(Locale.ROOT, "%.1f", ratio * 100);
    }

    /** @return the table, one line per row, ending with a line break */
    public String render() {
        StringBuilder b = new StringBuilder();
        line(b, header);
        b.append('|');
        for (int col = 0; col < header.size(); col++) {
            b.append(isNumericColumn(col) ? " ---: |" : " --- |");
        }
        b.append('\n');
        for (List<String> r : rows) {
            line(b, r);
        }
        return b.toString();
    }

    private boolean isNumericColumn(int col) {
        if (rows.isEmpty()) {
            return false;
        }
        for (List<String> r : rows) {
            String c = r.get(col);
            if (!c.isEmpty() && !c.matches("[-+]?[0-9][0-9,.]*%?")) {
                return false;
            }
        }
        return true;
    }

    private static void line(StringBuilder b, List<String> cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(escape(c)).append(" |");
        }
        b.append('\n');
    }

    static String escape(String c) {
        return c.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
