package org.tiqu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.InvalidPathException;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
     * Parts of a directory tree that cannot be listed are added to {@code problems} (one message each) and the
     * rest of the tree is still used.
     *
     * @throws Unreadable when the path does not exist, is not a valid path, or is a directory without {@code *.txt}
     */
    static List<Input> expand(String given, List<String> problems) throws Unreadable {
        Path path;
        try {
            path = Path.of(given);
        } catch (InvalidPathException e) {
            throw new Unreadable(printable(given) + ": not a valid path: " + e.getReason());
        }
        if (!Files.exists(path)) {
            throw new Unreadable(given + (Files.isSymbolicLink(path) ? ": broken symbolic link" : ": no such file or directory"));
        }
        if (!Files.isDirectory(path)) {
            return List.of(new Input(given, path));
        }
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.getFileName() != null && file.getFileName().toString().endsWith(".txt")
                            && !Files.isDirectory(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(path.resolve(path.relativize(file)) + ": cannot list: " + reason(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new Unreadable(given + ": cannot list directory: " + reason(e));
        }
        if (found.isEmpty()) {
            if (!problems.isEmpty()) {
                return List.of(); // what could not be listed is reported already
            }
            throw new Unreadable(given + ": directory holds no *.txt file");
        }
        found.sort(null);
        List<Input> out = new ArrayList<>(found.size());
        for (Path p : found) {
            out.add(new Input(path.resolve(path.relativize(p)).toString(), p));
        }
        return out;
    }

    /** Control characters in a name shown as backslash-u escapes, so one message stays one line. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
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
        } catch (RuntimeException e) {
            throw new Unreadable(input.source() + ": cannot read: " + reason(e)); // e.g. a file too large for an array
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
