package org.tiqu.bench.eval;

import org.tiqu.Entity;
import org.tiqu.Extractor;
import org.tiqu.Keyword;
import org.tiqu.Token;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes every token, entity and keyword tiqu finds in every People's Daily 1998-01 paragraph, one line each, so that a
 * speed change can be checked to leave the output byte-identical:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.tiqu.bench.eval.DumpEntities /work/shared/data out.txt
 * </pre>
 */
public final class DumpEntities {
    private DumpEntities() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        List<Pd98Reader.Paragraph> paras = Pd98Reader.read(data.resolve("pd98").resolve("199801.utf8.txt"), d -> true);
        Extractor x = Extractor.defaults();
        long t = System.nanoTime();
        long chars = 0;
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (Pd98Reader.Paragraph p : paras) {
                chars += p.text().length();
                var r = x.extract(p.text());
                w.write(p.id());
                w.write('\t');
                w.write(String.valueOf(r.referenceDate()));
                w.write('\n');
                StringBuilder tokens = new StringBuilder("T");
                for (Token tk : r.tokens()) {
                    tokens.append('\t').append(tk.start()).append(',').append(tk.end()).append(',').append(tk.text())
                            .append('/').append(tk.pos());
                }
                w.write(tokens.append('\n').toString());
                for (Entity e : r.entities()) {
                    w.write(e.type() + "\t" + e.start() + "\t" + e.end() + "\t" + e.text() + "\t" + e.value() + "\n");
                }
                for (Keyword k : r.keywords()) {
                    w.write("K\t" + k + "\n");
                }
            }
        }
        System.err.printf("%d paragraphs, %d chars, %.1f s%n", paras.size(), chars, (System.nanoTime() - t) / 1e9);
    }
}
