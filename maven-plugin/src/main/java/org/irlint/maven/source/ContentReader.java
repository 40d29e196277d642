package org.irlint.maven.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one content file into posts. Never throws for a bad file: an unreadable, binary, wrongly encoded or
 * malformed file becomes an {@link InputProblem} naming it, so the rest of the repository is still checked.
 */
public final class ContentReader {
    private static final int BINARY_SNIFF = 8192;

    private final Charset encoding;
    private final List<String> messageFields;

    public ContentReader(Charset encoding, List<String> messageFields) {
        this.encoding = encoding;
        this.messageFields = List.copyOf(messageFields);
    }

    public ParsedFile read(Path path, String relativePath) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException | SecurityException e) {
            String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
            return failed(path, relativePath, InputProblem.error(relativePath, 0, 0, "cannot read the file (" + why + ")"));
        }
        if (looksBinary(bytes)) {
            return failed(path, relativePath, InputProblem.warning(relativePath, 0, 0,
                    "binary file skipped (it matched the includes; exclude it to silence this)"));
        }
        String text;
        try {
            text = decode(bytes);
        } catch (MalformedInputException e) {
            int at = firstBadByte(bytes);
            int line = lineOfByte(bytes, at);
            return failed(path, relativePath, InputProblem.error(relativePath, line, 0,
                    "not valid " + encoding.name() + " (byte " + at + "); save the file as " + encoding.name()
                            + " or set <encoding>"));
        } catch (CharacterCodingException e) {
            return failed(path, relativePath, InputProblem.error(relativePath, 0, 0,
                    "cannot decode the file as " + encoding.name() + "; save it as " + encoding.name() + " or set <encoding>"));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1); // a byte-order mark is not content; columns count from after it
        }
        ContentFile file = ContentFile.of(path, relativePath, text);
        return switch (file.format()) {
            case MARKDOWN -> TextPosts.read(file, true);
            case TEXT -> TextPosts.read(file, false);
            case CSV -> CsvPosts.read(file, messageFields);
            case JSON, YAML -> StructuredPosts.read(file, messageFields);
        };
    }

    private static ParsedFile failed(Path path, String relativePath, InputProblem problem) {
        return new ParsedFile(ContentFile.of(path, relativePath, ""), List.of(), List.of(problem));
    }

    private String decode(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** NUL bytes do not occur in text (UTF-16 files aside, which content teams do not keep in Git). */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_SNIFF);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    private static int lineOfByte(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < Math.min(at, bytes.length); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    public static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        return Charset.forName(name.strip());
    }
}
