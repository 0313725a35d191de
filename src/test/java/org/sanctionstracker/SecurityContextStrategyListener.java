package org.sanctionstracker;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's static {@link SecurityContextHolder} at the security context
 * strategy of the application context the next test runs in. Vaadin installs its own
 * strategy (one per application context, each with its own storage) when a context
 * starts; with several cached contexts in one test JVM, the static holder would otherwise
 * keep the strategy of the context started last, and a test user set up for one context
 * ({@code @WithMockUser}, or directly) would be invisible to another context's method
 * security and views. Registered for every test in {@code META-INF/spring.factories};
 * runs before Spring Security's own listener sets up {@code @WithMockUser}.
 */
public class SecurityContextStrategyListener implements TestExecutionListener, Ordered {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			testContext.getApplicationContext()
				.getBeanProvider(SecurityContextHolderStrategy.class)
				.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
		}
	}

	@Override
	public int getOrder() {
		// Spring Security's WithSecurityContextTestExecutionListener has order 10000.
		return 9000;
	}

}
