package org.sitrep.core.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.sitrep.model.FailureReason;
import org.sitrep.model.Result;

/**
 * Turns bytes into document text, strictly: UTF-8 only (a leading BOM is dropped), no NUL
 * bytes, not empty, not larger than the configured limit. Every problem is a {@link Result}
 * with a {@link FailureReason}, never an exception. Thread-safe.
 */
public final class DocumentReader {
  private final long maxBytes;

  public DocumentReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public Result<String> read(Path path) {
    try {
      if (Files.isDirectory(path)) return Result.failed(FailureReason.NOT_FOUND, "is a folder");
      long size = Files.size(path);
      if (size > maxBytes) return tooLarge(size);
      return decode(Files.readAllBytes(path));
    } catch (NoSuchFileException e) {
      return Result.failed(FailureReason.NOT_FOUND, "no such file");
    } catch (IOException e) {
      return Result.failed(FailureReason.NOT_FOUND, "cannot read: " + e.getMessage());
    }
  }

  public Result<String> read(InputStream in) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) return tooLarge(bytes.length);
      return decode(bytes);
    } catch (IOException e) {
      return Result.failed(FailureReason.NOT_FOUND, "cannot read: " + e.getMessage());
    }
  }

  public Result<String> decode(byte[] bytes) {
    if (bytes.length > maxBytes) return tooLarge(bytes.length);
    int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    for (int i = offset; i < bytes.length; i++) {
      if (bytes[i] == 0) return Result.failed(FailureReason.BINARY, "contains NUL bytes at byte " + i);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    } catch (CharacterCodingException e) {
      return Result.failed(FailureReason.ENCODING, "not valid UTF-8 (" + e.getMessage() + ")");
    }
    if (text.isBlank()) return Result.failed(FailureReason.EMPTY, bytes.length == 0 ? "no bytes" : "only whitespace");
    return Result.ok(text);
  }

  private Result<String> tooLarge(long size) {
    return Result.failed(FailureReason.TOO_LARGE, size + " bytes, over the limit of " + maxBytes);
  }
}
