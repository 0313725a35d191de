package org.sanctionstracker;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service method that can write checks the caller's role ({@code @PreAuthorize} on
 * the method or its class, evaluated against the account store), so no write path — a
 * form, the import, a background task, a future API — relies on a view's annotation
 * alone. A method can write unless it runs in a read-only transaction, or its service
 * only reads through another bean's read-only transactions (listed here with the reason).
 */
class WriteServicesAreGuardedTests {

	/** Services without a transaction of their own that only read, and why. */
	private static final Map<String, String> READERS = Map.of("ExportService",
			"streams pages that ExchangeReader reads, each in its own read-only transaction");

	@Test
	void every_service_method_that_can_write_checks_the_callers_role() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
		List<String> unguarded = new ArrayList<>();
		int services = 0;
		for (BeanDefinition definition : scanner.findCandidateComponents("org.sanctionstracker")) {
			Class<?> service = Class.forName(definition.getBeanClassName());
			services++;
			for (Method method : service.getDeclaredMethods()) {
				if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
						|| method.isSynthetic()) {
					continue;
				}
				Transactional transaction = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
				if (transaction == null) {
					transaction = AnnotatedElementUtils.findMergedAnnotation(service, Transactional.class);
				}
				boolean readOnly = transaction != null && transaction.readOnly();
				boolean guarded = AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
						|| AnnotatedElementUtils.hasAnnotation(service, PreAuthorize.class);
				if (!readOnly && !guarded && !isUserDetailsLookup(service, method)
						&& !READERS.containsKey(service.getSimpleName())) {
					unguarded.add(service.getSimpleName() + "." + method.getName());
				}
			}
		}
		assertThat(services).isGreaterThan(8);
		assertThat(unguarded).as("service methods that may write without checking the caller's role").isEmpty();
	}

	/** Spring Security calls it to log a user in; it reads only. */
	private static boolean isUserDetailsLookup(Class<?> service, Method method) {
		return org.springframework.security.core.userdetails.UserDetailsService.class.isAssignableFrom(service)
				&& method.getName().equals("loadUserByUsername");
	}

}
