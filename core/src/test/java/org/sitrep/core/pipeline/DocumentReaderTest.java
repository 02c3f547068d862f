package org.sitrep.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.FailureReason;
import org.sitrep.model.Result;

class DocumentReaderTest {
  private final DocumentReader reader = new DocumentReader(1000);

  private static FailureReason reason(Result<String> r) {
    return ((Result.Failed<String>) r).failure().reason();
  }

  @Test
  void reads_utf8_and_drops_a_leading_bom() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "탈레반이 공격했다.\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(reader.decode(bytes)).isEqualTo(Result.ok("탈레반이 공격했다.\r\n"));
  }

  @Test
  void euc_kr_bytes_are_an_encoding_failure() {
    byte[] euckr = "탈레반".getBytes(java.nio.charset.Charset.forName("EUC-KR"));
    assertThat(reason(reader.decode(euckr))).isEqualTo(FailureReason.ENCODING);
  }

  @Test
  void nul_bytes_mean_a_binary_file() {
    assertThat(reason(reader.decode(new byte[] {'P', 'K', 3, 4, 0, 0}))).isEqualTo(FailureReason.BINARY);
  }

  @Test
  void empty_and_blank_files_are_empty() {
    assertThat(reason(reader.decode(new byte[0]))).isEqualTo(FailureReason.EMPTY);
    assertThat(reason(reader.decode(" \n\t ".getBytes(StandardCharsets.UTF_8)))).isEqualTo(FailureReason.EMPTY);
  }

  @Test
  void files_over_the_limit_are_too_large_and_missing_files_not_found(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.txt");
    Files.writeString(big, "가".repeat(400));
    assertThat(reason(reader.read(big))).isEqualTo(FailureReason.TOO_LARGE);
    assertThat(reason(reader.read(dir.resolve("missing.txt")))).isEqualTo(FailureReason.NOT_FOUND);
  }

  @Property
  void any_bytes_give_a_value_never_an_exception(@ForAll byte[] bytes) {
    assertThat(reader.decode(bytes)).isNotNull();
  }
}
