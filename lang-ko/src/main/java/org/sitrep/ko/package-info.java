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
 *       (에 의해), relative clauses ("칼리드 아미르가 이끄는 저항군": the subject belongs to 이끄는);
 *   <li>actors: {@code ko.actor.dictionary}, {@code ko.actor.led-by} (commander),
 *       {@code ko.actor.kind-leader} (Hazara militia (Alipur)), {@code ko.actor.kind-place}
 *       (Hazara militia (Daykundi), Andarab militia), {@code ko.actor.leader-for-group},
 *       {@code ko.actor.victim-noun} (민간인, 주민 ... are Civilians), {@code ko.actor.both-sides} (양측, 양국);
 *   <li>places: {@code ko.place.gazetteer}, {@code ko.place.within-province} (바글란쪽 호스트),
 *       province narrowed to the place named inside it, one event per place of a list
 *       ({@code ko.event.place-list});
 *   <li>events: {@code ko.attack.subject-object}, {@code ko.attack.passive} (공격을 받다),
 *       {@code ko.attack.genitive-owner} (저항군의 기습공격), {@code ko.attack.defeat} (격파, 섬멸),
 *       {@code ko.attack.between}, {@code ko.attack.sentence-actors}, {@code ko.attack.kill-implies-clash},
 *       {@code ko.territory.take} (점령, 장악, 탈환, 점거, 확보, 빼앗다; state or not by the codebook),
 *       {@code ko.remote.suicide|air|shell|ied|bomb}, {@code ko.civilians.execution},
 *       {@code ko.civilians.attack}, {@code ko.arrest}, {@code ko.abduction}, {@code ko.protest}
 *       (+ {@code ko.protest.intervention}, {@code ko.protest.force}), {@code ko.group.formation},
 *       {@code ko.group.join}, {@code ko.alliance.declared}, {@code ko.agreement},
 *       {@code ko.diplomacy.summoned}, {@code ko.group.base}, {@code ko.event.anaphor} (이 공격,
 *       이번 테러, 당시), {@code ko.event.continuation};
 *   <li>casualties: {@code ko.casualty.victim-noun} (탈레반 수십명을 사살), {@code ko.casualty.count-verb},
 *       {@code ko.casualty.object-kill}, {@code ko.casualty.subject-suffered},
 *       {@code ko.casualty.attacked-suffered}, {@code ko.casualty.run-on} (40명 부상 100명을 생포),
 *       {@code ko.casualty.toll-noun} (사망자가 최소 90명), {@code ko.casualty.reflexive} (자기네는 2명 부상);
 *       not counted: members of a list with its total, totals across sides (13명을 포함해 100명),
 *       both sides' losses together, crowds and forces (no casualty verb);
 *   <li>outcomes and control: {@code ko.outcome.retreat}, {@code ko.control.took|holds|mostly},
 *       {@code ko.control.adnominal-holder} (저항전선이 장악한 에쉐카셈), {@code ko.control.under-control},
 *       {@code ko.control.lost-retreat}, {@code ko.control.holding-out} (여전히 남아 싸우다: contested);
 *   <li>relations: {@code ko.relation.support-genitive} (X의 지원을 받아), {@code ko.relation.support-verb},
 *       {@code ko.relation.support-for} (저항군 지원에 나서다), {@code ko.relation.support-received},
 *       {@code ko.relation.alliance}, {@code ko.relation.join}, {@code ko.relation.hostility-between}
 *       (X과 Y간의 갈등), {@code ko.relation.pressure} (X의 압박을 Y가 받다), {@code ko.relation.hostility-verb},
 *       {@code ko.relation.hostility-both-sides};
 *   <li>attribution: {@code ko.attribution.claimed} (X에 따르면, -다고 밝혔다, -다고 함, 얘기/소문/의혹),
 *       {@code ko.attribution.assessed} (-로 보인다, -듯), {@code ko.attribution.denial} (부인, 일축, 반박:
 *       disputed_by), {@code ko.attribution.claimed-responsibility} (배후를 자처, 소행이라고 주장);
 *   <li>what blocks a fact (named in {@link org.sitrep.ko.ClauseFacts}): {@code ko.negation.mot|ani|failure|
 *       minimised|retracted|unknown}, {@code ko.intention.purpose|future|plan|conditional|possible|question},
 *       {@code ko.background.history}, {@code ko.aspect.habitual}, headlines, summaries (두 차례).
 * </ul>
 */
package org.sitrep.ko;
