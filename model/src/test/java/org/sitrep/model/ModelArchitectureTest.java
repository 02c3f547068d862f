package org.sitrep.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ModelArchitectureTest {
  private final com.tngtech.archunit.core.domain.JavaClasses model = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.sitrep.model");

  @Test
  void the_model_depends_on_nothing_but_the_jdk() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage("org.sitrep.model..", "java..")
        .check(model);
  }

  @Test
  void facts_are_records() {
    classes().that().implement(Fact.class).should().beRecords().check(model);
  }
}
