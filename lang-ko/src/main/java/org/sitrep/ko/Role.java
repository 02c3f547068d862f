package org.sitrep.ko;

/**
 * What a noun phrase is to its verb, read from the particle after it: 이/가 {@code SUBJ}, 은/는
 * {@code TOPIC}, 을/를 {@code OBJ}, 에서 {@code LOC}, 에 / 에게 {@code DAT}, 에 의해 {@code AGENT},
 * 의 {@code GEN}, 으로부터 {@code FROM}, 과의 / 와의 {@code WITH}, 으로 / 로 {@code DIR},
 * 도 {@code ALSO}, 에 따르면 / 에 의하면 {@code ACCORDING}, 과 / 와 or a comma in a list
 * {@code LIST} (resolved to the role of the list), none {@code NONE}.
 */
enum Role {
  SUBJ, TOPIC, OBJ, LOC, DAT, AGENT, GEN, FROM, WITH, DIR, ALSO, ACCORDING, LIST, NONE;

  /** Subjects and topics: who acts. */
  boolean actsAsSubject() {
    return this == SUBJ || this == TOPIC || this == ALSO;
  }
}
