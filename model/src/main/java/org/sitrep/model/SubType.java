package org.sitrep.model;

import java.util.Arrays;

/** ACLED's sub-event types with the type each belongs to, spelled as ACLED spells them. */
public enum SubType {
  GOVERNMENT_REGAINS_TERRITORY(EventType.BATTLES, "Government regains territory"),
  NON_STATE_ACTOR_OVERTAKES_TERRITORY(EventType.BATTLES, "Non-state actor overtakes territory"),
  ARMED_CLASH(EventType.BATTLES, "Armed clash"),
  EXCESSIVE_FORCE_AGAINST_PROTESTERS(EventType.PROTESTS, "Excessive force against protesters"),
  PROTEST_WITH_INTERVENTION(EventType.PROTESTS, "Protest with intervention"),
  PEACEFUL_PROTEST(EventType.PROTESTS, "Peaceful protest"),
  VIOLENT_DEMONSTRATION(EventType.RIOTS, "Violent demonstration"),
  MOB_VIOLENCE(EventType.RIOTS, "Mob violence"),
  CHEMICAL_WEAPON(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Chemical weapon"),
  AIR_DRONE_STRIKE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Air/drone strike"),
  SUICIDE_BOMB(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Suicide bomb"),
  SHELLING_ARTILLERY_MISSILE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Shelling/artillery/missile attack"),
  REMOTE_EXPLOSIVE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Remote explosive/landmine/IED"),
  GRENADE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Grenade"),
  SEXUAL_VIOLENCE(EventType.VIOLENCE_AGAINST_CIVILIANS, "Sexual violence"),
  ATTACK(EventType.VIOLENCE_AGAINST_CIVILIANS, "Attack"),
  ABDUCTION(EventType.VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance"),
  AGREEMENT(EventType.STRATEGIC_DEVELOPMENTS, "Agreement"),
  ARRESTS(EventType.STRATEGIC_DEVELOPMENTS, "Arrests"),
  CHANGE_TO_GROUP(EventType.STRATEGIC_DEVELOPMENTS, "Change to group/activity"),
  DISRUPTED_WEAPONS_USE(EventType.STRATEGIC_DEVELOPMENTS, "Disrupted weapons use"),
  BASE_ESTABLISHED(EventType.STRATEGIC_DEVELOPMENTS, "Headquarters or base established"),
  LOOTING(EventType.STRATEGIC_DEVELOPMENTS, "Looting/property destruction"),
  NON_VIOLENT_TRANSFER(EventType.STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory"),
  OTHER(EventType.STRATEGIC_DEVELOPMENTS, "Other");

  private final EventType type;
  private final String label;

  SubType(EventType type, String label) {
    this.type = type;
    this.label = label;
  }

  public EventType type() {
    return type;
  }

  public String label() {
    return label;
  }

  public static SubType of(String label) {
    return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not an ACLED sub-event type: " + label));
  }
}
