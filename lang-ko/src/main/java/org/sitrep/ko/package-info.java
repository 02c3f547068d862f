/**
 * Korean reading: {@link org.sitrep.ko.KoreanLanguage} composes normalisation, one Nori pass,
 * sentences and clauses, names with the roles their particles give them, and frames into facts.
 *
 * <p>Every fact names the rules that made it. The rules, by family:
 *
 * <ul>
 *   <li>roles: {@code ko.role.subject} (이/가, the nearest before the verb), {@code ko.role.topic-carried}
 *       (은/는 scopes over its sentence; a subject carries when there is no topic),
 *       {@code ko.role.subject-later}, {@code ko.role.headline-topic}, {@code ko.role.obj},
 *       {@code ko.role.gen}, {@code ko.role.dat}, {@code ko.role.from}, {@code ko.role.agent}
 *       (에 의해), {@code ko.role.passive} (되다 / 당하다 / 받다, 피습: the subject suffered it; for
 *       attacks, losses, captures, support and pressure alike), {@code ko.role.headline-comma}
 *       ("탈레반, 전직 군인 3명 체포"), relative clauses ("칼리드 아미르가 이끄는 저항군": the subject
 *       belongs to 이끄는); a wire dateline and byline ("(카불=연합뉴스) 김 기자 =") name no one;
 *   <li>actors: {@code ko.actor.dictionary}, {@code ko.actor.led-by} (commander),
 *       {@code ko.actor.kind-leader} (Hazara militia (Alipur)), {@code ko.actor.kind-place}
 *       (Hazara militia (Daykundi), Andarab militia; a bare kind such as 봉기군 or 반군 names the group of
 *       its kind told before, and a place after it names it only where it is: 에서, 의), {@code ko.actor.leader-for-group},
 *       {@code ko.actor.victim-noun} (민간인, 주민 ... are Civilians), {@code ko.actor.both-sides} (양측, 양국),
 *       {@code ko.actor.pronoun} (그는 / 그가: the person last named, for the group he leads);
 *   <li>places: {@code ko.place.gazetteer}, {@code ko.place.within-province} (바글란쪽 호스트),
 *       province narrowed to the place named inside it, one event per place of a list
 *       ({@code ko.event.place-list}); a river or border owned by a place named before it (X 지구의
 *       아무다리야 강변) is at that place ({@code ko.place.genitive-owner});
 *   <li>events: {@code ko.attack.subject-object} (active or passive), {@code ko.attack.genitive-owner}
 *       (저항군의 기습공격), {@code ko.attack.defeat} (격파, 섬멸), {@code ko.attack.between} (two sides named
 *       together: 탈레반과 저항군이 충돌했다, X과 Y 간 교전), {@code ko.attack.sentence-actors},
 *       {@code ko.attack.kill-implies-clash},
 *       {@code ko.territory.take} (점령, 장악, 탈환, 점거, 확보, 빼앗다; state or not by the codebook),
 *       {@code ko.remote.suicide|air|shell|ied|bomb}, {@code ko.civilians.execution},
 *       {@code ko.civilians.attack} (also: civilians hurt where only unnamed gunmen were named),
 *       {@code ko.civilians.gunmen} (unnamed gunmen firing at no armed side; 태형, a public flogging, is
 *       violence with no casualty figure), {@code ko.arrest.intelligence-detention} (journalists,
 *       activists, former officials held by the intelligence service on no charge: a forced disappearance),
 *       {@code ko.event.verb} (a word naming its ACLED sub-type: 체포 Arrests, 납치 Abduction, 합의 / 휴전
 *       Agreement, 대사 초치 Other, 기지 설치 Base established), {@code ko.protest} (+
 *       {@code ko.protest.intervention}, also force used on the protest just told,
 *       {@code ko.protest.force}), {@code ko.group.formation}, {@code ko.group.join},
 *       {@code ko.alliance.declared}, {@code ko.event.anaphor} (이 공격, 이번 테러, 당시),
 *       {@code ko.event.continuation} (not for 두 번째, 또 다른, 앞서 ...), {@code ko.event.same-sentence} (a
 *       later violent act of the sentence, same or unnamed hand, no place or day of its own: 침입해 총격을
 *       가하고 폭발물을 터뜨렸다), {@code ko.event.lead-retold} (a lead
 *       placed only in a country, or only in a province, joins its retelling placed inside it; a
 *       continued or pointed-back event takes the finer place and the day its retelling names);
 *       a protest (항의) by people rather than a party is a demonstration; 잡아가다 or holding at no
 *       known place (행방, 구금 장소) is a forced disappearance unless a charge (혐의, 연루) is named;
 *       the day a wire reports ("...했다고 AP가 21일 보도했다") does not date the event but anchors 이날;
 *       "지난 5일" is the latest 5th before publication whatever month was named before ({@code ko.date.past-day});
 *       events, and ground taken, half a year before a report of recent ones are history;
 *   <li>casualties: {@code ko.casualty.victim-noun} (탈레반 수십명을 사살; 탈레반도 2명이,
 *       탈레반 측 8명, 저항군 측 3명이 전사: counts listed before one verb each take it),
 *       {@code ko.casualty.count-verb}, {@code ko.casualty.subject-suffered},
 *       {@code ko.casualty.attacked-suffered} (the dead of the agent's act are the other side: N명을
 *       사살했다, X의 공격으로 N명이 숨졌다), {@code ko.casualty.run-on} (40명 부상 100명을 생포),
 *       {@code ko.casualty.toll-noun} (사망자가 최소 90명, 사상자 30명, 100명 이상의 사상자, 숨진 사람은 41명,
 *       terse 사망 3, 부상 7, 두 자릿수 10..99; a rising toll "사망자 수가 N명으로 늘었다" replaces the
 *       figure; 숨지거나 다쳤다 is killed or wounded; 포로로 잡다 is captured), {@code ko.casualty.reflexive} (자기네는 2명 부상);
 *       not counted: members of a list with its total, parts of a toll (이 중 11명은 어린이), totals
 *       across sides (13명을 포함해 100명), both sides' losses together, crowds and forces (no casualty
 *       verb), what a topic says (탈레반 측은 5명이 숨졌다고 했다: the dead are the event's);
 *   <li>outcomes and control: {@code ko.outcome.retreat}, {@code ko.control.took|holds|mostly}
 *       (holds also as 저항전선이 장악한 에쉐카셈 and 탈레반 통제 아래), {@code ko.control.lost-retreat},
 *       {@code ko.control.contested} (여전히 남아 싸우다; 양측이 번갈아 드나드는 경합 지역: held by the side
 *       that is not the state);
 *   <li>relations: {@code ko.relation.support-genitive} (X의 지원을 받아), {@code ko.relation.support-verb}
 *       (지원하다, 제공하다, 저항군 지원에 나서다, 지원을 받다, 탈레반을 지원하는 파키스탄; means from
 *       {@code means.txt}), {@code ko.relation.alliance} (선언, 맺다, 손잡다, 협력하기로 합의),
 *       {@code ko.relation.support-owner} (TTP의 은신처를 제공하다: whose the thing given is receives; X 쪽에서
 *       제공받다: X gives), {@code ko.relation.join}, {@code ko.relation.hostility-between} (X과 Y 간의 갈등 / 마찰 / 분쟁;
 *       양측의 갈등), {@code ko.relation.hostility-verb} (규탄, 비난, 압박: to the one pressed (에), whose
 *       act is condemned (의), or whose act the accusation tells; X의 압박을 Y가 받다);
 *   <li>persons: {@code ko.person.dictionary}, {@code ko.person.role-noun} (the office next to the name,
 *       {@code roles.txt}: 대변인, 사령관, 주지사, 장관; a leader of a group named by him),
 *       {@code ko.person.fate} (killed, wounded, captured);
 *   <li>attribution: {@code ko.attribution.claimed} (X에 따르면, -다고 밝혔다, -다고 함, 얘기/소문/의혹),
 *       {@code ko.attribution.assessed} (-로 보인다, -듯), {@code ko.attribution.denial} (부인, 일축, 반박:
 *       disputed_by), {@code ko.attribution.claimed-responsibility} (배후를 자처, 소행이라고 주장; 배후로
 *       지목: the one named is the attacker, claimed by the accuser; told through the group's own outlet,
 *       아마크 or 선전 매체, with no day or place of its own, or added by the claimer in the next sentence, it
 *       retells the attack and adds the claimer's toll); -것으로 알려졌다 is claimed;
 *   <li>what blocks a fact (named in {@link org.sitrep.ko.ClauseFacts}): {@code ko.negation.mot|ani|failure|
 *       minimised|retracted|unknown|rumour} (rumour: -다는 소문 / 얘기 / 썰이 돌다, 주장이 퍼지다),
 *       {@code ko.intention.purpose|future|plan|conditional|possible|question} (plan also 거론, 검토; 시간문제),
 *       {@code ko.background.history} (also -었던, and -ㄴ 바 있다 without a recent day; an old year
 *       named in a clause with a recent day of its own is not history), {@code ko.aspect.habitual}
 *       (주로, 맨날, 항상, -는 방식으로; attacks that rise, 늘다, unless a toll does), headlines, summaries (두 차례,
 *       한 차례 after events told; 잇따르다), -기 전 (stopped before it was done), 준비 / 모의 / 음모 (prepared
 *       or plotted), X와 연계된 / 관련된 / X에 연루된 (an act named to link someone to it), 앞으로 (ahead). A comma after a connective ending (주장했지만,) still closes a clause.
 * </ul>
 */
package org.sitrep.ko;
