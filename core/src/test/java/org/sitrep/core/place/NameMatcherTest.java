package org.sitrep.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NameMatcherTest {
  private static final List<String> FOLLOWERS = List.of("주", "지구", "의", "에서", "과", "와", "은", "는", "이", "가", "을", "를");

  private static NameMatcher<String> matcher(String... names) {
    NameMatcher.Builder<String> b = NameMatcher.<String>builder().followers(FOLLOWERS).strictFollowers(List.of("주", "지구"));
    for (String n : names) {
      boolean strict = n.startsWith("!");
      String name = strict ? n.substring(1) : n;
      b.add(name, name, strict);
    }
    return b.build();
  }

  private static List<String> found(NameMatcher<String> m, String text) {
    return m.scan(text).stream().map(x -> x.surface() + "=" + String.join("/", x.values())).toList();
  }

  @Test
  void latin_names_match_case_insensitively_with_spaces_hyphens_and_apostrophes_interchangeable() {
    NameMatcher<String> m = matcher("Pul-e Hisar", "Jabal Saraj");
    assertThat(found(m, "fighting in PUL E HISAR and pul-e-hisar; Jabal-Saraj, Jabal  Saraj"))
        .containsExactly("PUL E HISAR=Pul-e Hisar", "pul-e-hisar=Pul-e Hisar", "Jabal-Saraj=Jabal Saraj",
            "Jabal  Saraj=Jabal Saraj");
  }

  @Test
  void a_separator_inside_a_name_may_be_missing_but_the_text_may_not_add_one() {
    NameMatcher<String> m = matcher("Mazar-i-Sharif", "Herat");
    assertThat(found(m, "Mazarisharif")).containsExactly("Mazarisharif=Mazar-i-Sharif");
    assertThat(found(m, "He rat")).isEmpty();
  }

  @Test
  void latin_names_need_non_letter_boundaries_on_both_sides() {
    NameMatcher<String> m = matcher("Pakistan", "Kang");
    assertThat(found(m, "Pakistani soldiers, Kangaroo, BeKang")).isEmpty();
    assertThat(found(m, "Pakistan's army; (Kang)")).containsExactly("Pakistan=Pakistan", "Kang=Kang");
  }

  @Test
  void an_alias_in_capitals_matches_case_sensitively() {
    NameMatcher<String> m = matcher("US", "IS-K");
    assertThat(found(m, "give us a break, is k")).isEmpty();
    assertThat(found(m, "the US and IS-K and ISK")).containsExactly("US=US", "IS-K=IS-K", "ISK=IS-K");
  }

  @Test
  void a_hangul_name_must_start_a_hangul_word() {
    NameMatcher<String> m = matcher("탈레반");
    assertThat(found(m, "반탈레반 시위")).isEmpty();
    assertThat(found(m, "\"탈레반\"이 (탈레반)")).containsExactly("탈레반=탈레반", "탈레반=탈레반");
  }

  @Test
  void a_hangul_name_may_be_followed_by_any_particle_and_the_surface_excludes_it() {
    NameMatcher<String> m = matcher("판지시르");
    assertThat(m.scan("판지시르주에서 판지시르의")).extracting(NameMatcher.Match::surface).containsExactly("판지시르", "판지시르");
    assertThat(m.scan("판지시르주에서").get(0).end()).isEqualTo(4);
  }

  @Test
  void a_short_hangul_name_needs_a_listed_follower_or_a_non_hangul_character() {
    NameMatcher<String> m = matcher("살랑", "이란");
    assertThat(found(m, "바람이 살랑살랑 분다")).isEmpty();
    assertThat(found(m, "살랑 고개, 이란과 이란, 이란성")).containsExactly("살랑=살랑", "이란=이란", "이란=이란");
  }

  @Test
  void a_strict_name_needs_an_administrative_suffix_or_a_non_hangul_character() {
    NameMatcher<String> m = matcher("!구르");
    assertThat(found(m, "바위가 구르는 소리")).isEmpty();
    assertThat(found(m, "구르주에서, 구르 지역")).containsExactly("구르=구르", "구르=구르");
  }

  @Test
  void a_space_inside_a_hangul_name_is_optional() {
    NameMatcher<String> m = matcher("와칸 회랑", "마이단 와르다크");
    assertThat(found(m, "와칸회랑의 날씨, 와칸 회랑, 마이단와르다크주"))
        .containsExactly("와칸회랑=와칸 회랑", "와칸 회랑=와칸 회랑", "마이단와르다크=마이단 와르다크");
  }

  @Test
  void the_longest_name_wins_and_hits_do_not_overlap() {
    NameMatcher<String> m = matcher("파키스탄", "파키스탄 탈레반", "탈레반", "Panjshir", "Panjshir Valley");
    assertThat(found(m, "파키스탄탈레반(TTP)과 탈레반, the Panjshir valley"))
        .containsExactly("파키스탄탈레반=파키스탄 탈레반", "탈레반=탈레반", "Panjshir valley=Panjshir Valley");
  }

  @Test
  void one_name_may_stand_for_several_values() {
    NameMatcher<String> m = NameMatcher.<String>builder().add("Khost", "province").add("Khost", "district").build();
    assertThat(m.scan("Khost").get(0).values()).containsExactly("province", "district");
  }

  @Test
  void a_long_latin_name_matches_within_one_edit() {
    NameMatcher<String> m = matcher("Badakhshan", "Herat");
    List<NameMatcher.Match<String>> hits = m.scan("in Badakhshon and Heret");
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).surface()).isEqualTo("Badakhshon");
    assertThat(hits.get(0).distance()).isEqualTo(1);
  }

  @Test
  void a_multi_word_window_matches_a_misspelt_multi_word_name() {
    NameMatcher<String> m = matcher("Yaftal Sufla", "Iran border");
    assertThat(found(m, "yaftal sufia 일대")).containsExactly("yaftal sufia=Yaftal Sufla");
    assertThat(found(m, "the Iraq border")).as("first words must agree when short").isEmpty();
  }

  @Test
  void an_exact_name_grows_into_a_misspelt_longer_name_of_the_same_value() {
    NameMatcher<String> m = NameMatcher.<String>builder().add("Yaftal", "Yaftal Sufla").add("Yaftal Sufla", "Yaftal Sufla")
        .add("Pakistan", "Pakistan").build();
    assertThat(found(m, "yaftal sufia")).containsExactly("yaftal sufia=Yaftal Sufla");
    assertThat(found(m, "Pakistan's")).containsExactly("Pakistan=Pakistan");
  }

  @Test
  void hangul_names_match_within_one_jamo_edit() {
    NameMatcher<String> m = matcher("아프가니스탄", "바다크샨", "파키스탄");
    assertThat(m.scan("아프가니스칸 정부와 바디크샨, 파키스칸 대사"))
        .extracting(x -> x.surface() + "=" + x.values().get(0) + "~" + x.distance())
        .containsExactly("아프가니스칸=아프가니스탄~1", "바디크샨=바다크샨~1", "파키스칸=파키스탄~1");
  }

  @Test
  void short_names_are_never_fuzzy_matched() {
    NameMatcher<String> m = matcher("카불", "헤라트", "Kabul");
    assertThat(found(m, "카붕 헤라트 Kabol")).containsExactly("헤라트=헤라트");
  }

  @Test
  void the_first_letter_must_agree_for_a_fuzzy_match() {
    NameMatcher<String> m = matcher("Badakhshan", "바다크샨");
    assertThat(found(m, "Vadakhshan 마다크샨")).isEmpty();
  }

  @Test
  void a_known_name_followed_by_more_letters_is_not_a_typo() {
    NameMatcher<String> m = matcher("Panjshir", "Paryan");
    assertThat(found(m, "Hasib Panjshiri and Paryani")).isEmpty();
  }

  @Test
  void a_common_word_plus_a_particle_is_not_a_typo_in_a_name() {
    NameMatcher<String> m = matcher("모스크바");
    assertThat(found(m, "오래된 모스크가 있다")).isEmpty();
    assertThat(found(m, "모스크바가")).containsExactly("모스크바=모스크바");
  }

  @Test
  void listed_non_names_are_never_fuzzy_matched() {
    NameMatcher<String> m = NameMatcher.<String>builder().add("판지시르", "판지시르").notNames(List.of("판지시리")).build();
    assertThat(found(m, "하시프 판지시리의 사진")).isEmpty();
  }

  @Test
  void names_without_fuzzy_matching_match_only_exactly() {
    NameMatcher<String> m = NameMatcher.<String>builder().add("villagers", "Civilians", false, false).build();
    assertThat(found(m, "several villages")).isEmpty();
    assertThat(found(m, "villagers")).containsExactly("villagers=Civilians");
  }

  @Test
  void a_whole_mention_is_looked_up_exactly_then_fuzzily() {
    NameMatcher<String> m = matcher("Khost wa Firing", "와칸 회랑");
    assertThat(m.whole("khost-wa-firing")).get().extracting(NameMatcher.Match::distance).isEqualTo(0);
    assertThat(m.whole(" Khost wa Fireng ").get().surface()).isEqualTo("Khost wa Fireng");
    assertThat(m.whole("와칸회랑").get().values()).containsExactly("와칸 회랑");
    assertThat(m.whole("nothing here")).isEmpty();
  }

  @Test
  void non_breaking_spaces_count_as_spaces() {
    NameMatcher<String> m = matcher("판지시르 계곡", "Jabal Saraj");
    assertThat(found(m, "판지시르\u00A0계곡, Jabal\u00A0Saraj")).containsExactly("판지시르\u00A0계곡=판지시르 계곡",
        "Jabal\u00A0Saraj=Jabal Saraj");
  }

  @Property(tries = 300)
  void scanning_any_text_gives_sorted_non_overlapping_hits_whose_surface_is_the_text_there(
      @ForAll @StringLength(max = 60) @Chars({'판', '지', '시', '르', '계', '곡', '주', '의', '이', '란', '아', '프', '간',
          ' ', '-', '\'', 'K', 'h', 'o', 's', 't', 'a', 'b', 'u', 'l', '(', ')', '.'}) @CharRange(from = 'a', to = 'z') String text) {
    NameMatcher<String> m = matcher("판지시르", "판지시르 계곡", "이란", "아프간", "Khost", "Kabul", "Khost wa Firing", "Kabul airport");
    List<NameMatcher.Match<String>> hits = m.scan(text);
    int lastEnd = 0;
    for (NameMatcher.Match<String> h : hits) {
      assertThat(h.start()).isGreaterThanOrEqualTo(lastEnd);
      assertThat(h.end()).isGreaterThan(h.start());
      assertThat(text.substring(h.start(), h.end())).isEqualTo(h.surface());
      assertThat(h.values()).isNotEmpty();
      lastEnd = h.end();
    }
  }
}
