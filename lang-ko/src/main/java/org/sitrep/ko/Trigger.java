package org.sitrep.ko;

/**
 * A word of war in a clause: its class from {@code triggers.txt}, the morpheme it is
 * ({@code index}), where it stands, whether it is passive (되다 / 당하다 / 받다 follow: the
 * subject suffered it), whether it modifies the next noun (an adnominal clause: 장악한 바다크샨) and
 * whether it points back to an event already told (이 공격으로, 이번 테러는, 두 공격 모두).
 */
record Trigger(String cls, String form, int index, int start, int end, boolean passive, boolean adnominal, boolean anaphoric) {}
