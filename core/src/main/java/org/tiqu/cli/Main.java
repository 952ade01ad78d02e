package org.tiqu.cli;

import org.tiqu.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The command line: {@code java -jar tiqu.jar [OPTIONS] [PATH...]}. See README and DESIGN for the contract.
 * Exit codes: 0 every input was read, 1 some input could not be read (or the output could not be written),
 * 2 bad options.
 */
@Command(name = "tiqu", mixinStandardHelpOptions = true, version = "tiqu 0.1.0",
        sortOptions = false,
        description = "Extracts people, organisations, places, dates, policy phrases, document titles and keywords "
                + "from Chinese text, with offsets into the input. Reads UTF-8 files, directories (every *.txt, "
                + "recursively) or, without PATH, standard input.")
public final class Main implements Callable<Integer> {

    /** Output formats. */
    enum Format { jsonl, tsv, html }

    @Option(names = "--format", paramLabel = "jsonl|tsv|html", description = "output format (default: ${DEFAULT-VALUE})")
    Format format = Format.jsonl;

    @Option(names = "--lines", description = "each physical line is its own document; offsets are relative to the line")
    boolean lines;

    @Option(names = "--tokens", description = "include the tokens in jsonl output")
    boolean tokens;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "reference date for relative and partial dates (default: found in the text, if any)")
    LocalDate date;

    @Option(names = "--keywords", paramLabel = "N", description = "keywords per document (default: ${DEFAULT-VALUE})")
    int keywords = Extractor.DEFAULT_KEYWORDS;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "write there instead of standard output")
    Path output;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "files or directories; none or -: standard input")
    List<String> paths = new ArrayList<>();

    private final PrintStream err;

    Main(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the command with the given streams; returns the exit code. */
    public static int run(String[] args, java.io.InputStream in, OutputStream out, PrintStream err) {
        Main main = new Main(err);
        CommandLine cmd = new CommandLine(main);
        cmd.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cmd.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cmd.setExecutionStrategy(parsed -> {
            // a custom strategy bypasses picocli's own --help/--version handling
            if (CommandLine.printHelpIfRequested(parsed)) {
                cmd.getOut().flush();
                return 0;
            }
            return main.execute(in, out);
        });
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("tiqu: " + ex.getMessage());
            err.println("Try 'java -jar tiqu.jar --help' for the options.");
            return 2;
        });
        return cmd.execute(args);
    }

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("run through Main.run");
    }

    private int execute(java.io.InputStream in, OutputStream out) {
        if (keywords < 0) {
            err.println("tiqu: --keywords must not be negative, got " + keywords);
            return 2;
        }
        Extractor extractor;
        try {
            extractor = Extractor.builder().referenceDate(date).keywords(keywords).build();
        } catch (RuntimeException e) {
            err.println("tiqu: cannot load the models: " + e); // a broken installation, not bad input
            return 1;
        }
        Run run = new Run(extractor, format, lines, tokens, err);
        if (output != null) {
            OutputStream file;
            try {
                file = Files.newOutputStream(output);
            } catch (IOException | RuntimeException e) {
                err.println("tiqu: cannot write " + output + ": " + Inputs.reason(e));
                return 1;
            }
            try (OutputStream o = file) {
                return run.all(paths, in, o);
            } catch (IOException e) {
                err.println("tiqu: cannot write " + output + ": " + Inputs.reason(e));
                return 1;
            }
        }
        try {
            return run.all(paths, in, out);
        } catch (IOException e) {
            err.println("tiqu: cannot write output: " + Inputs.reason(e));
            return 1;
        }
    }

    /** Parses {@code --date}. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            LocalDate d;
            try {
                d = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("--date wants a real date as YYYY-MM-DD, got '" + value + "'");
            }
            if (d.getYear() < 1 || d.getYear() > 9999) {
                throw new CommandLine.TypeConversionException("--date wants a year from 1 to 9999, got '" + value + "'");
            }
            return d;
        }
    }
}
