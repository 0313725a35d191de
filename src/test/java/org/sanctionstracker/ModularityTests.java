package org.sanctionstracker;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The features talk to each other only through what each offers: no cycles between
 * features, no use of another feature's internals (its repositories, the UI parts that
 * are not in its named interface). The module map:
 * docs/decisions/0015-module-boundaries.md.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

	@Test
	void features_depend_on_each_other_only_through_what_they_offer() {
		MODULES.verify();
	}

	@Test
	void repositories_stay_inside_their_feature() {
		JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackagesOf(Application.class);
		classes().that()
			.areAssignableTo(Repository.class)
			.should()
			.notBePublic()
			.because("another feature reaches a feature's records through its service")
			.check(main);
	}

}
