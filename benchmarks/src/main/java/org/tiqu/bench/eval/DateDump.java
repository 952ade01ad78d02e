package org.tiqu.bench.eval;

import org.tiqu.Entity;
import org.tiqu.EntityType;
import org.tiqu.Extractor;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Regression check for refactorings of the date code: writes every DATE mention tiqu gives (paragraph id, span,
 * text, value) on People's Daily 1998-01 and on {@code policy/dev.jsonl}, so that two runs can be diffed.
 * People's Daily runs with the fixed reference date 1998-01-15 (no dateline search); each policy passage with its
 * own {@code doc_date}. The training split and the dev-test split go to separate files, so that a refactoring can
 * be checked on the dev-test paragraphs by a count of changed lines without reading them one by one.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.tiqu.bench.eval.DateDump --data /work/shared/data --out DIR}
 * writes {@code DIR/pd98-train.tsv}, {@code DIR/pd98-devtest.tsv} and {@code DIR/policy.tsv}.
 */
public final class DateDump {
    private DateDump() {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws IOException {
        Path data = Path.of("/work/shared/data");
        Path out = Path.of(".");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(out);
        Extractor pd = Extractor.builder().referenceDate(LocalDate.of(1998, 1, 15)).findReferenceDate(false).build();
        List<Pd98Reader.Paragraph> paras = Pd98Reader.read(data.resolve("pd98").resolve("199801.utf8.txt"), d -> true);
        try (PrintWriter train = writer(out.resolve("pd98-train.tsv"));
             PrintWriter devtest = writer(out.resolve("pd98-devtest.tsv"))) {
            for (Pd98Reader.Paragraph p : paras) {
                dump(pd, p.id(), p.text(), Pd98Reader.DEV_TEST.test(p.date()) ? devtest : train);
            }
        }
        Map<LocalDate, Extractor> byDate = new HashMap<>();
        try (PrintWriter policy = writer(out.resolve("policy.tsv"))) {
            for (PolicyDevReader.Passage p : PolicyDevReader.read(data.resolve("policy").resolve("dev.jsonl"))) {
                Extractor x = byDate.computeIfAbsent(p.docDate(), d -> Extractor.builder().referenceDate(d).build());
                dump(x, p.id(), p.text(), policy);
            }
        }
    }

    private static PrintWriter writer(Path file) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    private static void dump(Extractor x, String id, String text, PrintWriter w) {
        for (Entity e : x.extract(text).entities()) {
            if (e.type() == EntityType.DATE) {
                w.append(id).append('\t').append(Integer.toString(e.start())).append('\t')
                        .append(Integer.toString(e.end())).append('\t').append(e.text()).append('\t')
                        .append(String.valueOf(e.value())).append('\n');
            }
        }
    }
}
