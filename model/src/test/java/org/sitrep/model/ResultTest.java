package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ResultTest {

  @Test
  void map_transforms_the_value_of_a_success() {
    assertThat(Result.ok("판지시르").map(String::length)).isEqualTo(Result.ok(4));
  }

  @Test
  void flat_map_chains_the_next_step_on_a_success() {
    Result<Integer> parsed = Result.ok("12").flatMap(s -> Result.ok(Integer.parseInt(s)));
    assertThat(parsed).isEqualTo(Result.ok(12));
  }

  @Test
  void a_failure_is_carried_through_without_running_the_next_step() {
    AtomicBoolean ran = new AtomicBoolean();
    Result<String> failed = Result.failed(FailureReason.ENCODING, "not UTF-8 at byte 3");
    Result<Integer> next = failed.flatMap(s -> {
      ran.set(true);
      return Result.ok(s.length());
    });
    assertThat(ran).isFalse();
    assertThat(next).isInstanceOf(Result.Failed.class);
    assertThat(((Result.Failed<Integer>) next).failure().detail()).isEqualTo("not UTF-8 at byte 3");
    assertThat(failed.map(String::length)).isEqualTo(next);
  }
}
