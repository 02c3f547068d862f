package org.sitrep.ko;

/**
 * A word of war in a clause: its class from {@code triggers.txt}, the morpheme it is
 * ({@code index}), where it stands, whether it is passive (되다 / 당하다 / 받다 follow: the
 * subject suffered it) and whether it modifies the next noun (an adnominal clause: 장악한 바다크샨).
 */
record Trigger(String cls, String form, int index, int start, int end, boolean passive, boolean adnominal) {}
