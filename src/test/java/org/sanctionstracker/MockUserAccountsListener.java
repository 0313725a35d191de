package org.sanctionstracker;

import org.sanctionstracker.security.Role;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Gives the user a test names with {@code @WithMockUser} an account with that role in the
 * test's database ({@link TestAccounts}), because method security checks the account
 * store. Registered for every test in {@code META-INF/spring.factories}; runs right after
 * Spring Security's listener has set up the mock user.
 */
public class MockUserAccountsListener implements TestExecutionListener, Ordered {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || user instanceof AnonymousAuthenticationToken || !testContext.hasApplicationContext()) {
			return;
		}
		Role role = TestAccounts.highestRole(user.getAuthorities());
		if (role != null) {
			testContext.getApplicationContext()
				.getBeanProvider(JdbcTemplate.class)
				.ifAvailable((jdbc) -> TestAccounts.ensure(jdbc, user.getName(), role));
		}
	}

	@Override
	public int getOrder() {
		// Spring Security's WithSecurityContextTestExecutionListener has order 10000.
		return 10001;
	}

}
