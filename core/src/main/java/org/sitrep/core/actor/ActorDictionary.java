package org.sitrep.core.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.sitrep.core.place.NameMatcher;
import org.sitrep.model.Role;

/**
 * The actors (organisations) and persons of the theatre, with their aliases in English and
 * Korean, found in running text with the same character-stream matcher as the gazetteer
 * ({@link NameMatcher}: case-insensitive Latin with hyphens and spaces interchangeable, capitals-only
 * acronyms case-sensitive, Hangul names at a word start followed by any particle, fuzzy matching
 * of long names).
 *
 * <p>Examples with the bundled data: "탈레반이", "IEA", "이슬람 에미리트" → Taliban; "국민저항전선(NRF)"
 * → National Resistance Front; "파키스탄탈레반(TTP)" → Tehrik-i-Taliban Pakistan (the longest name
 * wins over Pakistan); "마수드 주니어" → Ahmad Massoud, "아흐마드 샤 마수드" → Ahmad Shah Massoud.
 * Every alias names exactly one actor (and one person): the tables are checked on load.
 * Known weaknesses: descriptions ("armed men", "the foreign ministry") are left to the rules that
 * read context; a bare surname is only listed where it is unambiguous in this theatre.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActorDictionary {
  private final List<ActorEntry> actors;
  private final List<PersonEntry> persons;
  private final NameMatcher<ActorEntry> actorMatcher;
  private final NameMatcher<PersonEntry> personMatcher;
  private final Map<String, ActorEntry> actorByName = new HashMap<>();
  private final Map<String, PersonEntry> personByName = new HashMap<>();
  private final SortedSet<String> koreanNames;

  private static final class Holder {
    static final ActorDictionary BUNDLED = new ActorDictionary(
        resource("actors.tsv"), resource("persons.tsv"), resource("followers-ko.txt"));
  }

  ActorDictionary(Reader actorTable, Reader personTable, Reader followerList) {
    List<String> followers = new ArrayList<>();
    for (String[] row : rows(followerList)) {
      followers.add(row[0].strip());
    }
    SortedSet<String> korean = new TreeSet<>();
    this.actors = parseActors(rows(actorTable));
    this.persons = parsePersons(rows(personTable));
    NameMatcher.Builder<ActorEntry> ab = NameMatcher.<ActorEntry>builder().followers(followers);
    Map<String, String> seen = new HashMap<>();
    for (ActorEntry a : actors) {
      actorByName.put(key(a.name()), a);
      for (String alias : a.aliases()) {
        unique(seen, alias, a.name());
        ab.add(alias, a, false, fuzzy(alias, false));
        if (hasHangul(alias)) {
          korean.add(alias);
        }
      }
    }
    NameMatcher.Builder<PersonEntry> pb = NameMatcher.<PersonEntry>builder().followers(followers);
    seen.clear();
    for (PersonEntry p : persons) {
      personByName.put(key(p.name()), p);
      for (String alias : p.aliases()) {
        unique(seen, alias, p.name());
        pb.add(alias, p, false, fuzzy(alias, true));
        if (hasHangul(alias)) {
          korean.add(alias);
        }
      }
    }
    this.actorMatcher = ab.build();
    this.personMatcher = pb.build();
    this.koreanNames = Collections.unmodifiableSortedSet(korean);
  }

  /** The bundled dictionary, loaded once on first use. */
  public static ActorDictionary bundled() {
    return Holder.BUNDLED;
  }

  /** Every actor name in the text: sorted, longest match, non-overlapping. */
  public List<ActorHit> scanActors(CharSequence text) {
    List<ActorHit> out = new ArrayList<>();
    for (NameMatcher.Match<ActorEntry> m : actorMatcher.scan(text)) {
      if (m.values().size() == 1) { // a fuzzy match between two actors names neither
        out.add(new ActorHit(m.start(), m.end(), m.surface(), m.values().get(0)));
      }
    }
    return List.copyOf(out);
  }

  /** Every person's name in the text: sorted, longest match, non-overlapping. */
  public List<PersonHit> scanPersons(CharSequence text) {
    List<PersonHit> out = new ArrayList<>();
    for (NameMatcher.Match<PersonEntry> m : personMatcher.scan(text)) {
      if (m.values().size() == 1) {
        out.add(new PersonHit(m.start(), m.end(), m.surface(), m.values().get(0)));
      }
    }
    return List.copyOf(out);
  }

  /** The actor with this canonical name or alias (exact, case and separators ignored). */
  public Optional<ActorEntry> byName(String canonicalOrAlias) {
    if (canonicalOrAlias == null) {
      return Optional.empty();
    }
    ActorEntry a = actorByName.get(key(canonicalOrAlias));
    if (a != null) {
      return Optional.of(a);
    }
    List<ActorEntry> found = actorMatcher.exact(canonicalOrAlias);
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** The person with this canonical name or alias (exact, case and separators ignored). */
  public Optional<PersonEntry> person(String canonicalOrAlias) {
    if (canonicalOrAlias == null) {
      return Optional.empty();
    }
    PersonEntry p = personByName.get(key(canonicalOrAlias));
    if (p != null) {
      return Optional.of(p);
    }
    List<PersonEntry> found = personMatcher.exact(canonicalOrAlias);
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** The canonical name of an actor (first) or a person named so; the input unchanged when neither. */
  public String canonical(String nameOrAlias) {
    if (nameOrAlias == null) {
      return null;
    }
    Optional<ActorEntry> a = byName(nameOrAlias);
    if (a.isPresent()) {
      return a.get().name();
    }
    return person(nameOrAlias).map(PersonEntry::name).orElse(nameOrAlias);
  }

  /** Every Korean surface form of actors and persons (for the Nori user dictionary); forms may contain spaces. */
  public SortedSet<String> koreanNames() {
    return koreanNames;
  }

  /** Every actor, in table order. */
  public List<ActorEntry> actors() {
    return actors;
  }

  /** Every person, in table order. */
  public List<PersonEntry> persons() {
    return persons;
  }

  // ---- loading ----

  /** actors.tsv: name, periods ("rebel_group:..2021-08-14; state_forces:2021-08-15.."), aliases_en, aliases_ko, note. */
  private static List<ActorEntry> parseActors(List<String[]> rows) {
    List<ActorEntry> out = new ArrayList<>();
    for (String[] r : rows) {
      String name = cell(r, 0);
      List<ActorEntry.Period> periods = new ArrayList<>();
      for (String p : cell(r, 1).split(";")) {
        if (p.isBlank()) {
          continue;
        }
        String[] typeAndDates = p.strip().split(":", 2);
        LocalDate from = null;
        LocalDate to = null;
        if (typeAndDates.length == 2 && !typeAndDates[1].isBlank()) {
          String[] ft = typeAndDates[1].strip().split("\\.\\.", -1);
          if (ft.length != 2) {
            throw new IllegalArgumentException("bad period '" + p + "' of " + name);
          }
          from = ft[0].isBlank() ? null : LocalDate.parse(ft[0].strip());
          to = ft[1].isBlank() ? null : LocalDate.parse(ft[1].strip());
        }
        periods.add(new ActorEntry.Period(ActorType.of(typeAndDates[0]), from, to));
      }
      List<String> aliases = new ArrayList<>();
      aliases.add(name);
      aliases.addAll(list(cell(r, 2)));
      aliases.addAll(list(cell(r, 3)));
      out.add(new ActorEntry(name, periods, aliases));
    }
    return List.copyOf(out);
  }

  /** persons.tsv: name, affiliation, from, to, role, aliases_en, aliases_ko, note. */
  private static List<PersonEntry> parsePersons(List<String[]> rows) {
    List<PersonEntry> out = new ArrayList<>();
    for (String[] r : rows) {
      String name = cell(r, 0);
      List<String> aliases = new ArrayList<>();
      aliases.add(name);
      aliases.addAll(list(cell(r, 5)));
      aliases.addAll(list(cell(r, 6)));
      String affiliation = cell(r, 1);
      out.add(new PersonEntry(name, affiliation.isEmpty() ? null : affiliation, Role.of(cell(r, 4)),
          cell(r, 7).isEmpty() ? null : cell(r, 7), aliases));
    }
    return List.copyOf(out);
  }

  /**
   * Misspellings are matched only for proper names: a capitalised Latin alias ("Badakhshan
   * militia", not "villagers", whose neighbours are ordinary words) or a Korean one; for a person
   * only a full name (two words or more), since a bare surname is one letter from many words.
   */
  private static boolean fuzzy(String alias, boolean person) {
    if (hasHangul(alias)) {
      return !person || alias.strip().contains(" ");
    }
    boolean proper = alias.chars().anyMatch(Character::isUpperCase);
    return proper && (!person || alias.strip().contains(" "));
  }

  private static void unique(Map<String, String> seen, String alias, String owner) {
    String prev = seen.put(key(alias), owner);
    if (prev != null && !prev.equals(owner)) {
      throw new IllegalArgumentException("alias '" + alias + "' names both " + prev + " and " + owner);
    }
  }

  /** Lower case without whitespace, hyphens, apostrophes and underscores (a loop: this runs for every look-up). */
  private static String key(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      switch (c) {
        case ' ', '\t', '\n', '\u000B', '\f', '\r', '-', '\'', '\u2019', '_' -> { }
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean hasHangul(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
  }

  private static String cell(String[] row, int i) {
    String c = i < row.length ? row[i].strip() : "";
    return c.equals("-") ? "" : c;
  }

  private static List<String> list(String cell) {
    List<String> out = new ArrayList<>();
    for (String part : cell.split("\\|")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  private static List<String[]> rows(Reader reader) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static Reader resource(String name) {
    InputStream in = ActorDictionary.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
