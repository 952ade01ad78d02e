package org.tiqu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds and decodes the command line's inputs. */
final class Inputs {
    private Inputs() {
    }

    /** A readable input: its name for {@code source}, and where to read it. */
    record Input(String source, Path path) {
    }

    /** Something named on the command line that yields no input. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    /**
     * Expands one command-line path: a file is itself; a directory is every {@code *.txt} below it, sorted by path.
     *
     * @throws Unreadable when the path does not exist, cannot be listed, or is a directory without {@code *.txt}
     */
    static List<Input> expand(String given) throws Unreadable {
        Path path = Path.of(given);
        if (!Files.exists(path)) {
            throw new Unreadable(given + ": no such file or directory");
        }
        if (!Files.isDirectory(path)) {
            return List.of(new Input(given, path));
        }
        List<Path> found;
        try (Stream<Path> walk = Files.walk(path)) {
            found = new ArrayList<>(walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".txt")
                    && !Files.isDirectory(p)).toList());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new Unreadable(given + ": cannot list directory: " + reason(e));
        }
        if (found.isEmpty()) {
            throw new Unreadable(given + ": directory holds no *.txt file");
        }
        found.sort(null);
        List<Input> out = new ArrayList<>(found.size());
        for (Path p : found) {
            out.add(new Input(path.resolve(path.relativize(p)).toString(), p));
        }
        return out;
    }

    /**
     * Reads a file as strict UTF-8 and drops a leading BOM.
     *
     * @throws Unreadable naming the reason (missing, unreadable, not UTF-8 with the byte offset)
     */
    static String read(Input input) throws Unreadable {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(input.path());
        } catch (NoSuchFileException e) {
            throw new Unreadable(input.source() + ": no such file");
        } catch (AccessDeniedException e) {
            throw new Unreadable(input.source() + ": permission denied");
        } catch (IOException | OutOfMemoryError e) {
            throw new Unreadable(input.source() + ": cannot read: " + reason(e));
        }
        return decode(input.source(), bytes);
    }

    static String readStdin(InputStream in) throws Unreadable {
        try {
            return decode("<stdin>", in.readAllBytes());
        } catch (IOException e) {
            throw new Unreadable("<stdin>: cannot read: " + reason(e));
        }
    }

    static String decode(String source, byte[] bytes) throws Unreadable {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(buf).toString();
        } catch (MalformedInputException e) {
            throw new Unreadable(source + ": not valid UTF-8 (bad byte at offset " + firstBadByte(bytes) + ")");
        } catch (CharacterCodingException e) {
            throw new Unreadable(source + ": not valid UTF-8");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, bytes.length));
        decoder.decode(in, out, true);
        return in.position();
    }

    static String reason(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
