package org.tiqu.cli;

import org.tiqu.Extraction;
import org.tiqu.Extractor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** One command-line run: reads every input, extracts, writes each document's output whole. */
final class Run {
    /** Seconds before the first progress line, and between two. */
    private static final long PROGRESS_NANOS = 5_000_000_000L;

    private final Extractor extractor;
    private final Main.Format format;
    private final boolean lines;
    private final boolean tokens;
    private final PrintStream err;
    private final long started = System.nanoTime();
    private long lastProgress = started;
    private long documents;
    private long chars;

    Run(Extractor extractor, Main.Format format, boolean lines, boolean tokens, PrintStream err) {
        this.extractor = extractor;
        this.format = format;
        this.lines = lines;
        this.tokens = tokens;
        this.err = err;
    }

    /** @return the exit code: 0 when every input was read and processed, 1 otherwise */
    int all(List<String> paths, InputStream stdin, OutputStream out) throws IOException {
        Writer writer = switch (format) {
            case jsonl -> new Writer.Jsonl(out, tokens);
            case tsv -> new Writer.Tsv(out);
            case html -> new Writer.Html(out);
        };
        boolean failed = false;
        writer.begin();
        if (paths.isEmpty()) {
            try {
                failed |= !document("<stdin>", Inputs.readStdin(stdin), writer);
            } catch (Inputs.Unreadable e) {
                failed |= report(e.getMessage());
            }
        }
        for (String given : paths) {
            List<Inputs.Input> inputs;
            List<String> problems = new ArrayList<>();
            try {
                inputs = Inputs.expand(given, problems);
            } catch (Inputs.Unreadable e) {
                failed |= report(e.getMessage());
                continue;
            } finally {
                for (String p : problems) {
                    failed |= report(p);
                }
            }
            for (Inputs.Input input : inputs) {
                try {
                    failed |= !document(input.source(), Inputs.read(input), writer);
                } catch (Inputs.Unreadable e) {
                    failed |= report(e.getMessage());
                }
            }
        }
        writer.end();
        if (System.nanoTime() - started > PROGRESS_NANOS) {
            progress("done");
        }
        return failed ? 1 : 0;
    }

    /** One plain line on stderr, control characters shown escaped; @return true, the run has failed */
    private boolean report(String message) {
        err.println("tiqu: " + Inputs.printable(message));
        return true;
    }

    /** Lines extracted in one {@link Extractor#extractAll} call under {@code --lines}: about one of its chunks. */
    private static final int BATCH_CHARS = 262_144;
    private static final int BATCH_LINES = 20_000;

    /**
     * Extracts and writes one input (each of its lines under {@code --lines}, many lines to a batch).
     *
     * @return false when a document could not be processed (reported on stderr, its output left out)
     */
    private boolean document(String source, String text, Writer writer) throws IOException {
        if (!lines) {
            return one(source, 0, text, writer);
        }
        boolean ok = true;
        int lineNo = 0;
        int from = 0;
        int n = text.length();
        List<String> batch = new ArrayList<>();
        long batchChars = 0;
        while (from < n) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? n : nl;
            int end = nl >= 0 && to > from && text.charAt(to - 1) == '\r' ? to - 1 : to; // only a CR before LF
            String line = text.substring(from, end);
            lineNo++;
            batch.add(line);
            batchChars += line.length();
            if (batchChars >= BATCH_CHARS || batch.size() >= BATCH_LINES) {
                ok &= batch(source, lineNo - batch.size() + 1, batch, writer);
                batch.clear();
                batchChars = 0;
            }
            from = nl < 0 ? n : nl + 1;
        }
        if (!batch.isEmpty()) {
            ok &= batch(source, lineNo - batch.size() + 1, batch, writer);
        }
        return ok;
    }

    /** Extracts and writes the lines {@code firstLine, firstLine + 1, ...} of one input in one batch. */
    private boolean batch(String source, int firstLine, List<String> texts, Writer writer) throws IOException {
        List<Extraction> xs;
        try {
            xs = extractor.extractAll(texts);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug on one line fails the batch: extract the lines one by one, so only that line is left out
            boolean ok = true;
            for (int k = 0; k < texts.size(); k++) {
                ok &= one(source, firstLine + k, texts.get(k), writer);
            }
            return ok;
        }
        for (int k = 0; k < texts.size(); k++) {
            writer.write(source, firstLine + k, texts.get(k), xs.get(k));
            count(texts.get(k));
        }
        return true;
    }

    /**
     * A bug inside the library must not end the run with a stack trace or leave half an output record: the
     * document is named on stderr in one line and the others are still processed.
     */
    private boolean one(String source, int lineNo, String text, Writer writer) throws IOException {
        Extraction x;
        try {
            x = extractor.extract(text);
        } catch (RuntimeException | StackOverflowError e) {
            report(source + (lineNo > 0 ? ":" + lineNo : "") + ": internal error, document skipped: " + e);
            return false;
        }
        writer.write(source, lineNo, text, x);
        count(text);
        return true;
    }

    private void count(String text) {
        documents++;
        chars += text.length();
        long now = System.nanoTime();
        if (now - lastProgress > PROGRESS_NANOS) {
            lastProgress = now;
            progress("running");
        }
    }

    private void progress(String state) {
        double secs = (System.nanoTime() - started) / 1e9;
        err.printf("tiqu: %s: %d documents, %d chars, %.1f s, %.0f chars/s%n", state, documents, chars, secs,
                chars / Math.max(secs, 1e-9));
    }

}
