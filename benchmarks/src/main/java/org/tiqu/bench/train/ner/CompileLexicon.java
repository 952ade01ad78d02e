package org.tiqu.bench.train.ner;

import org.tiqu.internal.ner.NerLexicon;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Compiles the NER lexicon from the bundled sources (facts.txt, divisions.txt.gz, names.txt.gz, plus HanLP's core
 * dictionary words) into the load-ready resource of front-coded words, so start-up reads it instead of walking
 * HanLP's dictionary (see
 * {@link NerLexicon#writeCompiled}). Run after any change to those sources:
 *
 * <pre>
 * mvn -q -o -DskipTests package
 * java -cp benchmarks/target/benchmarks.jar org.tiqu.bench.train.ner.CompileLexicon core/src/main/resources/org/tiqu/ner/lexicon.bin.gz
 * </pre>
 */
public final class CompileLexicon {
    private CompileLexicon() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CompileLexicon OUT.bin.gz");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16)) {
            NerLexicon.writeCompiled(os);
        }
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
    }
}
