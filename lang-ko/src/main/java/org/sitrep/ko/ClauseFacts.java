package org.sitrep.ko;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What one clause says beyond its names: its triggers and its modality, read from morphemes.
 *
 * <ul>
 *   <li>{@code ko.negation.mot} 못 / -지 못하다; {@code ko.negation.ani} 않다 / 안 / 아니다 / 없다;
 *       {@code ko.negation.failure} 실패, 놓치다, 무산, 저지, 격퇴되다;
 *   <li>{@code ko.intention.purpose} -려고, -기 위해, -어야; {@code ko.intention.future} -겠-, -ㄹ 것;
 *       {@code ko.intention.conditional} -면, -다면; {@code ko.intention.possible} -ㄹ 수 있다;
 *       {@code ko.intention.question} a clause ending in a question mark;
 *       {@code ko.intention.plan} 계획, 예정, 작전에 나서다, 탈환작전, 촉구, 호소, 요구, 거론, 검토; 시간문제;
 *       {@code ko.negation.rumour} -다는 소문 / 얘기 / 썰이 돌다, -다는 주장이 퍼지다;
 *   <li>{@code ko.background.history} 과거, -년대, 1차 집권, 시절, -ㄴ 바 있다 (undated); reasons given (-기 때문이다) tell no new event;
 *   <li>{@code ko.attribution.assessed} -로 보인다, -듯, 추정, 예상, 보고 있다, -것 같다;
 *   <li>{@code ko.aspect.habitual} 주로, 거듭, -어 오다, -는 식으로, 많아지다, 늘다: habits and trends, not events;
 *       {@code ko.negation.retracted} 당초 (a report later corrected);
 *   <li>{@code progressive} -고 있다 (holding, not taking); {@code mostly} 거의, 대부분;
 *       {@code contested} 경합, 번갈아.
 * </ul>
 */
final class ClauseFacts {
  private static final Set<String> TIME_NOUNS = Set.of("직전", "직후", "이후", "이전", "당시", "무렵");
  private static final Set<String> NOT_ACTS = Set.of("음모", "위험", "가능성", "능력", "헬기", "무기", "용의자", "주체", "목표", "대상", "우려", "경고", "위협", "훈련", "계획", "전술", "조끼", "조직", "단체", "집단", "세력", "분자", "명단", "혐의");
  private static final Set<String> NOUN_TAGS = Set.of("NNG", "NNP", "VV", "VA", "SL", "XR", "NNB");
  final Clause clause;
  final List<Trigger> triggers = new ArrayList<>();
  String negation; // rule name or null
  String intention;
  boolean background;
  boolean oldYear; // a year more than a year back is named: history, unless the clause has a recent day
  boolean assessed;
  boolean progressive;
  boolean mostly;
  boolean contested;
  boolean quote; // a quotative ending: -다고, -라고, -다는
  boolean speech; // a verb of saying
  boolean denial; // 부인, 일축, 반박
  boolean withoutResistance; // 저항 없이
  boolean sameDay; // 이날, 같은 날
  boolean habitual; // 주로, 거듭, -어 오다: what a group does, not one event
  boolean condemned; // 규탄, 비난: an act recalled in a condemnation
  boolean state; // 상태: how things stand, not a change
  boolean claimsResponsibility; // 배후, 소행
  boolean outletClaim; // told through a group's own outlet (아마크, 선전 매체): a claim of an attack already told
  boolean undated; // 날짜 미상
  boolean noNews; // 소식이 없다, 연락이 끊기다
  boolean hearsay; // 얘기, 소문: "-다는 얘기가 있다" is said by someone
  boolean rises; // 늘다: a trend when acts rise, a toll update when the dead do
  int rumourCue; // morphemes left after -다는, 소문, 썰 in which a 돌다 makes a rumour
  boolean according; // 에 따르면, 에 의하면
  boolean summary; // "두 차례 교전": occurrences counted, a summary of events told elsewhere
  boolean reportedly; // "-것으로 알려졌다": told as known, by no one named

  ClauseFacts(Clause clause) {
    this.clause = clause;
  }

  static ClauseFacts read(Clause c, List<Morpheme> ms, String text, Lexicon lexicon) {
    ClauseFacts f = new ClauseFacts(c);
    Text clauseText = new Text(text.substring(c.start(), c.end()));
    f.noNews = clauseText.contains("소식이 없") || clauseText.contains("소식 없") || clauseText.contains("연락이 끊");
    for (int k = c.from(); k < c.to(); k++) {
      Morpheme m = ms.get(k);
      String form = m.form();
      Morpheme next = k + 1 < c.to() ? ms.get(k + 1) : null;
      Morpheme next2 = k + 2 < c.to() ? ms.get(k + 2) : null;
      String nf = next == null ? "" : next.form();
      // "에 따르면", "에 의하면", "말로는": a source named, not a condition.
      if (m.form().equals("따르") || m.form().equals("의하")) f.according = true;
      if (f.rumourCue > 0) f.rumourCue--;
      modality(f, m, next, next2, text);
      // "공격해 왔다", "처형해 왔다": an act done again and again (-어 오다 after a word of war).
      if (form.equals("오") && m.tag().equals("VX") && k - 2 >= c.from() && ms.get(k - 1).isEnding()) {
        Morpheme v = ms.get(k - 2);
        Morpheme n = k - 3 >= c.from() ? ms.get(k - 3) : v;
        if (lexicon.trigger(v.form()) != null || v.form().equals("하") && lexicon.trigger(n.form()) != null) f.habitual = true;
      }
      // -다고 함 / -다고 한다: hearsay, a quote with a verb of saying.
      if (form.equals("하") && k > c.from() && ms.get(k - 1).isEnding() && (ms.get(k - 1).form().endsWith("다고") || ms.get(k - 1).form().endsWith("라고"))) f.speech = true;
      if (!m.isContent()) continue;
      String cls = lexicon.trigger(form);
      if (cls == null && form.equals("잃")) cls = "LOSE";
      if (cls == null) continue;
      // 공격범 (attacker), 조직원 (member), 지원품 (supplies) are people and things, not acts.
      // But a suicide bomber (자폭범) tells of a suicide bombing.
      if ((nf.equals("범") && !cls.equals("SUICIDE")) || nf.equals("원") || nf.equals("품")) continue;
      if (nf.equals("자") && next != null && !next.isEnding()) {
        if (cls.equals("DIE")) cls = "DEATHS";
        else if (cls.equals("WOUND")) cls = "WOUNDED";
        else if (cls.equals("KWD")) cls = "KWDS"; // 사상자: the dead and wounded together
        else continue;
      }
      // "잡아갔다": carried off, to no place told, is an abduction.
      if (form.equals("잡") && (nf.equals("아") || nf.equals("어")) && next2 != null && next2.form().equals("가")) cls = "ABDUCT";
      // "포로로 잡았다": taken prisoner, not ground taken.
      if (form.equals("잡") && text.substring(Math.max(c.start(), m.start() - 5), m.start()).contains("포로")) cls = "CAPTURE";
      // 목숨을 잃다: to lose one's life is to die.
      if (form.equals("잃") && text.substring(Math.max(c.start(), m.start() - 5), m.start()).contains("목숨")) cls = "DIE";
      if (cls.equals("LOSE")) continue;
      // 손(을) 잡다: to join hands is to ally.
      if (form.equals("잡") && k - 1 >= c.from() && (ms.get(k - 1).form().equals("손") || k - 2 >= c.from() && ms.get(k - 2).form().equals("손"))) cls = "ALLY";
      if (cls.equals("ABDUCT") && form.equals("끌") && !(nf.equals("고") && next2 != null && next2.form().startsWith("가"))) continue;
      if (form.equals("공세") && !containsForm(ms, k, Math.min(c.to(), k + 4), "나서") && !containsForm(ms, k, Math.min(c.to(), k + 4), "벌이")
          && !containsForm(ms, k, Math.min(c.to(), k + 4), "펼치") && !containsForm(ms, k, Math.min(c.to(), k + 4), "강화")) continue;
      if (cls.equals("FORM") && !verbalWithin(ms, k + 1, Math.min(c.to(), k + 4)) && !containsForm(ms, k + 1, Math.min(c.to(), k + 5), "선언")) continue;
      if (cls.equals("BASE") && !containsForm(ms, c.from(), c.to(), "설치")) continue;
      if (form.equals("허용") && !containsForm(ms, c.from(), c.to(), "공습")) continue;
      // "카불 함락 직전", "점령 이후": a past act named to place another in time.
      if (next != null && TIME_NOUNS.contains(nf)) continue;
      // "공격 위험", "공격 헬기", "테러 가능성": a word of war naming a kind of risk or thing, not an act.
      if (next != null && next.tag().equals("NNG") && NOT_ACTS.contains(nf)) continue;
      // 보급차량, 지원병력: a support word modifying the next noun names a thing, not an act.
      if (cls.equals("SUPPORT") && next != null && next.tag().equals("NNG") && next.start() >= m.end()) continue;
      // 피습 (being attacked) is passive in itself: "검문소가 피습됐다", "피습 사건".
      // "터뜨리기 전에 잡았다": what was stopped before it was done did not happen.
      if (beforeDoing(ms, k, c.to())) continue;
      // "공항 테러와 연계된 용의자", "공격에 연루된": an act named to say who is linked to it is one told
      // elsewhere, not a new one (only the adnominal -된: "폭발과 관련해", in connection with, still tells of the act).
      if (next != null && next.isParticle() && (nf.equals("와") || nf.equals("과") || nf.equals("에")) && next2 != null
          && (next2.form().equals("연계") || next2.form().equals("연루") || next2.form().equals("관련")) && k + 4 < c.to()
          && ms.get(k + 3).form().equals("되") && ms.get(k + 4).form().equals("ᆫ")) continue;
      // "자폭 공격을 준비하던", "테러를 모의한": an act prepared or plotted has not happened.
      if (prepared(ms, k, c.to())) continue;
      boolean passive = passiveAfter(ms, k, c.to()) || form.equals("피습");
      boolean adnominal = adnominalAfter(ms, k, c.to());
      f.triggers.add(new Trigger(cls, form, k, m.start(), m.end(), passive, adnominal, anaphoricBefore(ms, k, c.from())));
    }
    if (f.rises && !clauseText.contains("명으로") && !clauseText.contains("명까지")
        && f.triggers.stream().noneMatch(t -> t.cls().equals("DEATHS") || t.cls().equals("WOUNDED") || t.cls().equals("KWDS"))) f.habitual = true;
    if (clauseText.contains("이날") || clauseText.contains("같은 날") || clauseText.contains("당일") || clauseText.contains("직후")) f.sameDay = true;
    if (clauseText.contains("저항 없이") || clauseText.contains("저항없이")) f.withoutResistance = true;
    if (clauseText.contains("배후") || clauseText.contains("소행") || clauseText.contains("자기들이 했") || clauseText.contains("자신들이 했")
        || clauseText.contains("자기네가 했")) f.claimsResponsibility = true;
    // "아마크 통신을 통해 ... 공격을 감행했다며": what a group's own outlet tells of an attack claims it.
    if (clauseText.contains("아마크") || clauseText.contains("선전 매체") || clauseText.contains("선전매체")) {
      f.claimsResponsibility = true;
      f.outletClaim = true;
    }
    // A quotation closed before its particle: "...탈환했다"고 밝혔다.
    if (clauseText.contains("\"고") || clauseText.contains("\"라고") || clauseText.contains("\"며") || clauseText.contains("\"라며")
        || clauseText.contains("”고") || clauseText.contains("”라고") || clauseText.contains("”며") || clauseText.contains("'고")) f.quote = true;
    if (clauseText.contains("불명")) f.negation = "ko.negation.unknown";
    if (counted(clauseText.s)) f.summary = true;
    // "폭탄 테러가 잇따르면서": attacks one after another are a trend, not one event.
    if (clauseText.contains("잇따르")) f.summary = true;
    // "앞으로도 ... 이어질": what lies ahead has not happened.
    if (clauseText.contains("앞으로")) f.intention = "ko.intention.future";
    if (clauseText.contains("것으로 알려") || clauseText.contains("걸로 알려")) f.reportedly = true;
    // "추가 공습은 시간문제": what is only a matter of time has not happened.
    if (clauseText.contains("시간문제") || clauseText.contains("시간 문제")) f.intention = "ko.intention.possible";
    // A question asks; it does not tell.
    if (clauseText.s.endsWith("?")) f.intention = "ko.intention.question";
    if (f.quote && f.hearsay) f.speech = true;
    // "-는 식으로 활동", "싸움이 많아짐": how things usually go, not one event.
    if (clauseText.contains("식으로 활동") || clauseText.contains("방식으로") || clauseText.contains("많아") || clauseText.contains("늘어나") || clauseText.contains("잦아")
        || clauseText.contains("내내")) f.habitual = true;
    // "당초 ... 발표했다" (then corrected): a retracted report is no event.
    if (clauseText.contains("당초")) f.negation = "ko.negation.retracted";
    // "오보로 확인됐다", "보안 사건 아님": a report found false tells of nothing.
    if (clauseText.contains("오보") || clauseText.contains("사실무근") || clauseText.contains("사실이 아닌") || clauseText.contains("근거 없")
        || clauseText.contains("근거가 없")) f.negation = "ko.negation.retracted";
    // "대사를 불러 항의했다", "대사를 초치": a diplomatic act.
    int envoy = clauseText.s.indexOf("대사를 ");
    if (envoy >= 0 && (clauseText.s.startsWith("불러", envoy + 4) || clauseText.s.startsWith("초치", envoy + 4))) {
      int at = c.start() + envoy;
      f.triggers.add(new Trigger("DIPLO", "대사", c.from(), at, at + 2, false, false, false));
    }
    if (clauseText.contains("날짜 미상") || clauseText.contains("일시 미상") || clauseText.contains("날짜미상")) f.undated = true;
    if (historicYear(clauseText.s)) f.oldYear = true;
    return f;
  }

  private static void modality(ClauseFacts f, Morpheme m, Morpheme next, Morpheme next2, String text) {
    String form = m.form();
    String nf = next == null ? "" : next.form();
    switch (m.tag()) {
      case "MAG" -> {
        if (form.equals("못")) f.negation = "ko.negation.mot";
        if (form.equals("안") && next != null && next.isVerbal()) f.negation = "ko.negation.ani";
        if (form.equals("거의")) f.mostly = true;
        if (form.equals("주로") || form.equals("거듭") || form.equals("종종") || form.equals("자주") || form.equals("흔히") || form.equals("맨날")
            || form.equals("항상") || form.equals("매번") || form.equals("늘")) f.habitual = true;
        if (form.equals("번갈아")) f.contested = true;
      }
      case "VX", "VV", "VA", "VCN" -> {
        switch (form) {
          case "못하" -> f.negation = "ko.negation.mot";
          case "않" -> f.negation = "ko.negation.ani";
          case "아니" -> f.negation = "ko.negation.ani";
          case "없" -> {
            // "아직 소식이 없다": no word of them is how a disappearance is told, not a negation.
            if (!nf.equals("이") && !f.noNews) f.negation = "ko.negation.ani";
          }
          case "놓치" -> f.negation = "ko.negation.failure";
          case "위하" -> f.intention = "ko.intention.purpose";
          case "있" -> {
            // -고 있다 (an auxiliary) holds; "얘기가 있다" (there is talk) does not.
            if (m.tag().equals("VX")) f.progressive = true;
          }

          case "보이" -> f.assessed = true;
          // "-다는 소문이 돌았다", "-다는 썰 도는데": a rumour going round tells of nothing ({@code ko.negation.rumour}).
          case "돌", "퍼지" -> {
            if (m.tag().equals("VV") && f.rumourCue > 0) f.negation = "ko.negation.rumour";
          }
          // "공격이 크게 늘었다": a rise is a trend, not one event (unless a toll rises: see read).
          case "늘" -> f.rises = true;
          // "되찾는 건 어렵다": how hard a thing would be is no happening.
          case "어렵", "힘들" -> f.intention = "ko.intention.possible";
          case "같" -> {
            // "것 같다" guesses; "같은 날", "같은 지역" only point back.
            boolean pointsBack = (nf.equals("은") || nf.equals("ᆫ")) && next2 != null && next2.isNominal() && !next2.form().equals("데");
            if (!pointsBack) f.assessed = true;
          }
          case "밝히", "전하", "말하", "알리", "적", "강조", "덧붙이", "그러", "주장하", "발표하", "보도하", "증언하", "전해지", "정정하" -> f.speech = true;
          case "보" -> {
            if (nf.equals("고") && next2 != null && next2.form().equals("있")) f.assessed = true;
          }
          default -> { }
        }
        if (m.tag().equals("VCN")) f.negation = "ko.negation.ani";
      }
      case "NNG", "NNB" -> {
        switch (form) {
          case "실패", "무산", "저지", "중단" -> f.negation = "ko.negation.failure";
          case "계획", "예정", "촉구", "호소", "가능성", "전망", "위협", "다짐", "약속", "강조", "거론", "검토" -> f.intention = "ko.intention.plan";
          case "규탄", "비난", "비판" -> {
            // An accusation condemns, and what it tells is the accuser's claim.
            f.condemned = true;
            f.speech = true;
          }
          case "불가능" -> f.intention = "ko.intention.possible";
          case "상태" -> f.state = true;
          case "뿐" -> f.negation = "ko.negation.minimised";
          case "과거", "시절", "년대", "때문" -> f.background = true;
          case "듯", "추정", "예상", "판단" -> f.assessed = true;
          case "대부분" -> f.mostly = true;
          case "경합" -> f.contested = true;
          case "주장", "발표", "보도", "증언", "성명", "브리핑", "말", "정정" -> f.speech = true;
          case "부인", "일축", "반박" -> {
            f.denial = true;
            f.speech = true;
          }
          case "얘기", "소문", "전언", "의혹", "설", "관측", "썰", "루머" -> {
            f.hearsay = true;
            if (!form.equals("관측") && !form.equals("의혹")) f.rumourCue = 4;
          }
          // "학살한 바 있다": what has been done before, told as a record, is background unless dated recently.
          case "바" -> {
            if (m.tag().equals("NNB") && next != null && next.form().equals("있")) f.oldYear = true;
          }
          case "작전" -> {
            if (nf.equals("에") && next2 != null && next2.form().equals("나서")) f.intention = "ko.intention.plan";
          }
          case "것" -> { }
          default -> { }
        }
        if (form.equals("격퇴") && nf.equals("되")) f.negation = "ko.negation.failure";
      }
      case "E" -> {
        if (form.startsWith("려") || form.startsWith("으려")) f.intention = "ko.intention.purpose";
        if (form.equals("겠") || form.startsWith("겠")) f.intention = "ko.intention.future";
        // "-면", "-다면": a condition, not a happening.
        if ((form.equals("면") || form.equals("으면") || form.equals("다면") || form.equals("라면") || form.equals("ᆫ다면")) && !f.according) f.intention = "ko.intention.conditional";
        // "-ㄹ 수 있다": a possibility.
        if ((form.equals("ᆯ") || form.equals("을")) && nf.equals("수")) f.intention = "ko.intention.possible";
        if (form.endsWith("야") && (form.startsWith("어") || form.startsWith("아") || form.equals("야"))) f.intention = "ko.intention.purpose";
        if ((form.equals("ᆯ") || form.equals("을")) && nf.equals("것") && next2 != null && next2.form().equals("이")) f.intention = "ko.intention.future";
        if (form.contains("다고") || form.contains("라고") || form.contains("다는") || form.contains("라는") || form.contains("다며") || form.contains("라며")) f.quote = true;
        // Nori reads 썰 as a verb: "-다는 썰 도는데" still tells a rumour.
        if (form.endsWith("다는") || form.endsWith("라는")) f.rumourCue = 7;
        if (form.equals("ᆫ다") || form.equals("ᆷ") || form.equals("ᄆ")) { }
        // "소탕 작전을 지휘했던 인물": what someone had done, told to describe him, is background.
        if (form.equals("던")) {
          String word = text.substring(m.start(), m.end());
          if (word.endsWith("었던") || word.endsWith("았던") || word.endsWith("했던") || word.endsWith("였던") || word.endsWith("됐던")) f.background = true;
        }
      }
      case "NR", "SN" -> {
        if (form.equals("1") && nf.equals("차")) f.background = true;
      }
      default -> { }
    }
  }

  /**
   * A clause's text with a 256-bit summary of the characters in it: a phrase with a character the
   * summary lacks is not in the text, and most of the phrases asked for are ruled out so, without
   * a search.
   */
  private static final class Text {
    final String s;
    private final long[] seen = new long[4];

    Text(String s) {
      this.s = s;
      for (int i = 0; i < s.length(); i++) {
        int b = bit(s.charAt(i));
        seen[b >>> 6] |= 1L << b;
      }
    }

    private static int bit(char c) {
      return (c * 0x9E3779B1) >>> 24;
    }

    boolean contains(String phrase) {
      for (int i = 0; i < phrase.length(); i++) {
        int b = bit(phrase.charAt(i));
        if ((seen[b >>> 6] & (1L << b)) == 0) return false;
      }
      return s.contains(phrase);
    }
  }

  /**
   * "두 차례", "세번", "여러 차례", "몇 번", "한 차례": occurrences counted (두|세|네|여러|몇, an optional
   * space, 차례|번, not followed by 째; 한 only before 차례).
   */
  static boolean counted(String s) {
    for (int j = s.indexOf('차'), k = s.indexOf('번'); j >= 0 || k >= 0; ) {
      int at;
      if (k < 0 || (j >= 0 && j < k)) {
        at = j;
        j = s.indexOf('차', j + 1);
        if (!s.startsWith("차례", at)) continue;
      } else {
        at = k;
        k = s.indexOf('번', k + 1);
      }
      // "두 번째 폭발": an ordinal names one more act, it does not count repeats.
      int after = at + (s.charAt(at) == '차' ? 2 : 1);
      if (after < s.length() && s.charAt(after) == '째') continue;
      int before = at > 0 && s.charAt(at - 1) == ' ' ? at - 1 : at;
      if (before >= 1) {
        char p = s.charAt(before - 1);
        if (p == '두' || p == '세' || p == '네' || p == '몇') return true;
        // "한 차례 자폭 공격이 있었던 것": one occurrence counted sums up what was told ("한번" is only "once").
        if (p == '한' && s.charAt(at) == '차') return true;
        if (before >= 2 && p == '러' && s.charAt(before - 2) == '여') return true;
      }
    }
    return false;
  }

  /** "이 공격으로", "이번 테러는", "두 공격 모두", "같은 전투에서": the act already told. */
  private static boolean anaphoricBefore(List<Morpheme> ms, int k, int from) {
    if (k - 1 < from) return false;
    Morpheme p = ms.get(k - 1);
    String f = p.form();
    if (p.tag().equals("MM") && (f.equals("이") || f.equals("그") || f.equals("두") || f.equals("세") || f.equals("해당") || f.equals("이런") || f.equals("그런"))) return true;
    if (f.equals("이번") || f.equals("해당") || f.equals("당시")) return true;
    // Nori splits 이번 into 이/NNG 번/NNG.
    if (f.equals("번") && k - 2 >= from && ms.get(k - 2).form().equals("이")) return true;
    return k - 2 >= from && p.isEnding() && ms.get(k - 2).form().equals("같");
  }

  /** A year named more than a year back ("2001년", "1990년대"): history. */
  private static boolean historicYear(String s) {
    for (int i = 0; i + 5 <= s.length(); i++) {
      if (s.charAt(i + 4) != '년') continue;
      int y = 0;
      boolean digits = true;
      for (int j = i; j < i + 4; j++) {
        char ch = s.charAt(j);
        if (ch < '0' || ch > '9') digits = false;
        else y = y * 10 + (ch - '0');
      }
      if (digits && (i == 0 || !Character.isDigit(s.charAt(i - 1))) && y >= 1900 && y < 2020) return true;
    }
    return false;
  }

  /** The word is followed, within its verb phrase, by -기 전 ("터뜨리기 전에"). */
  private static boolean beforeDoing(List<Morpheme> ms, int k, int to) {
    for (int i = k + 1; i < Math.min(to, k + 10); i++) {
      Morpheme m = ms.get(i);
      if (m.form().equals("기") && m.isEnding() && i + 1 < to && ms.get(i + 1).form().equals("전")) return true;
      if (m.form().equals("전") && i > k + 1 && ms.get(i - 1).form().equals("기")) return true;
    }
    return false;
  }

  /** The word is followed, within its phrase, by 준비 or 모의 ("자폭 공격을 준비하던"). */
  private static boolean prepared(List<Morpheme> ms, int k, int to) {
    for (int i = k + 1; i < Math.min(to, k + 4); i++) {
      Morpheme m = ms.get(i);
      if (m.form().equals("준비") || m.form().equals("모의")) return true;
      if (!m.isParticle() && !m.isNominal()) return false;
    }
    return false;
  }

  private static boolean containsForm(List<Morpheme> ms, int from, int to, String form) {
    for (int i = from; i < to; i++) if (ms.get(i).form().equals(form)) return true;
    return false;
  }

  private static boolean verbalWithin(List<Morpheme> ms, int from, int to) {
    for (int i = from; i < to; i++) {
      Morpheme m = ms.get(i);
      if (m.isVerbal()) return true;
      if (!m.isParticle() && !m.isEnding()) return false;
    }
    return false;
  }

  /** 되다 / 당하다 / 받다 after the noun, possibly with the sufferer between: 압박을 탈레반이 받다. */
  private static boolean passiveAfter(List<Morpheme> ms, int k, int to) {
    int nouns = 0;
    for (int i = k + 1; i < Math.min(to, k + 7); i++) {
      Morpheme m = ms.get(i);
      String f = m.form();
      if (f.equals("되") || f.equals("당하") || f.equals("받") || f.equals("당")) return true;
      if (m.isVerbal()) return false;
      if (m.isNominal() && ++nouns > 2) return false;
    }
    return false;
  }

  private static boolean adnominalAfter(List<Morpheme> ms, int k, int to) {
    for (int i = k + 1; i < Math.min(to, k + 5); i++) {
      Morpheme m = ms.get(i);
      if (m.isEnding()) {
        String f = m.form();
        boolean adn = f.equals("ᆫ") || f.equals("은") || f.equals("는") || f.equals("던") || f.equals("ᆫ다는");
        if (!adn) {
          if (f.equals("았") || f.equals("었") || f.equals("였")) continue;
          return false;
        }
        if (i + 1 >= to || !ms.get(i + 1).isNominal() || ms.get(i + 1).start() <= m.start()) return false;
        // 확보한 상태, 장악한 것으로: a nominalised predicate, not a noun modified.
        String n = ms.get(i + 1).form();
        return !(n.equals("상태") || n.equals("것") || n.equals("모습") || n.equals("셈"));
      }
      if (!m.isVerbal()) return false;
    }
    return false;
  }
}
