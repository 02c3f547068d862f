package org.sitrep.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module boundaries: light modules stay free of heavy dependencies, the command's internals stay private. */
class ArchitectureTest {
  private static final JavaClasses SITREP = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.sitrep");

  @Test
  void the_model_depends_on_nothing_but_the_jdk() {
    classes().that().resideInAPackage("org.sitrep.model..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("org.sitrep.model..", "java..")
        .check(SITREP);
  }

  @Test
  void the_format_depends_only_on_the_model_and_jackson() {
    classes().that().resideInAPackage("org.sitrep.format..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("org.sitrep.model..", "org.sitrep.format..", "com.fasterxml.jackson..", "java..")
        .check(SITREP);
  }

  @Test
  void the_core_knows_no_language_library_and_no_command_line() {
    noClasses().that().resideInAPackage("org.sitrep.core..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "opennlp..", "picocli..", "org.sitrep.ko..", "org.sitrep.app..")
        .check(SITREP);
  }

  @Test
  void nothing_depends_on_the_command() {
    noClasses().that().resideOutsideOfPackage("org.sitrep.app..")
        .should().dependOnClassesThat().resideInAPackage("org.sitrep.app..")
        .check(SITREP);
  }

  @Test
  void the_commands_internals_are_package_private() {
    classes().that().resideInAPackage("org.sitrep.app").and().doNotHaveSimpleName("Main")
        .should().notHaveModifier(JavaModifier.PUBLIC)
        .check(SITREP);
  }
}
