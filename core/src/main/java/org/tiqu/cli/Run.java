package org.tiqu.cli;

import org.tiqu.Extraction;
import org.tiqu.Extractor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One command-line run: reads every input, extracts (many documents to a batch, in input order), writes each
 * document's output whole.
 */
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
            failed |= !standardInput(stdin, writer);
        }
        for (String given : paths) {
            if (given.equals("-")) { // the usual name of standard input among files (a file named - is ./-)
                failed |= !standardInput(stdin, writer);
                continue;
            }
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
        failed |= !flush(writer);
        writer.end();
        if (System.nanoTime() - started > PROGRESS_NANOS) {
            progress("done");
        }
        return failed ? 1 : 0;
    }

    /** @return false when standard input could not be read or processed (reported on stderr) */
    private boolean standardInput(InputStream stdin, Writer writer) throws IOException {
        try {
            return document("<stdin>", Inputs.readStdin(stdin), writer);
        } catch (Inputs.Unreadable e) {
            return !report(e.getMessage());
        }
    }

    /** One plain line on stderr, control characters shown escaped; @return true, the run has failed */
    private boolean report(String message) {
        err.println("tiqu: " + Inputs.printable(message));
        return true;
    }

    /** Documents (files, or lines under {@code --lines}) extracted in one {@link Extractor#extractAll} call. */
    private static final int BATCH_CHARS = 262_144;
    private static final int BATCH_DOCUMENTS = 20_000;

    // documents read but not yet extracted, in input order: extracted together once they fill a batch
    private final List<String> pendingSources = new ArrayList<>();
    private final List<Integer> pendingLines = new ArrayList<>();
    private final List<String> pendingTexts = new ArrayList<>();
    private long pendingChars;

    /**
     * Queues one input for extraction (each of its lines under {@code --lines}); full batches are extracted and
     * written at once.
     *
     * @return false when a document could not be processed (reported on stderr, its output left out)
     */
    private boolean document(String source, String text, Writer writer) throws IOException {
        if (!lines) {
            return queue(source, 0, text, writer);
        }
        boolean ok = true;
        int lineNo = 0;
        int from = 0;
        int n = text.length();
        while (from < n) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? n : nl;
            int end = nl >= 0 && to > from && text.charAt(to - 1) == '\r' ? to - 1 : to; // only a CR before LF
            lineNo++;
            ok &= queue(source, lineNo, text.substring(from, end), writer);
            from = nl < 0 ? n : nl + 1;
        }
        return ok;
    }

    private boolean queue(String source, int lineNo, String text, Writer writer) throws IOException {
        pendingSources.add(source);
        pendingLines.add(lineNo);
        pendingTexts.add(text);
        pendingChars += text.length();
        return pendingChars >= BATCH_CHARS || pendingTexts.size() >= BATCH_DOCUMENTS ? flush(writer) : true;
    }

    /** Extracts and writes the queued documents, in order; @return false when one could not be processed */
    private boolean flush(Writer writer) throws IOException {
        if (pendingTexts.isEmpty()) {
            return true;
        }
        boolean ok = true;
        List<Extraction> xs = null;
        try {
            xs = extractor.extractAll(pendingTexts);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug on one document fails the batch: extract them one by one below, so only that one is left out
        }
        for (int k = 0; k < pendingTexts.size(); k++) {
            if (xs != null) {
                writer.write(pendingSources.get(k), pendingLines.get(k), pendingTexts.get(k), xs.get(k));
                count(pendingTexts.get(k));
            } else {
                ok &= one(pendingSources.get(k), pendingLines.get(k), pendingTexts.get(k), writer);
            }
        }
        pendingSources.clear();
        pendingLines.clear();
        pendingTexts.clear();
        pendingChars = 0;
        return ok;
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
