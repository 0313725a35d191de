package org.sanctionstracker.security;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.aopalliance.intercept.MethodInvocation;
import org.sanctionstracker.security.ui.LoginView;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.expression.EvaluationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what, set up the Vaadin 25 way ({@link VaadinSecurityConfigurer}):
 * <ul>
 * <li>views say who may open them ({@code @AnonymousAllowed} for reading,
 * {@code @RolesAllowed("EDITOR")} for forms, {@code @RolesAllowed("ADMIN")} for user
 * management); anyone else is sent to the login view;</li>
 * <li>the read-only API ({@code GET /api/**}) and its OpenAPI description
 * ({@code /v3/api-docs}, {@code /swagger-ui.html}) are open while
 * {@code tracker.security.anonymous-read} is on, else they need a viewer (session or HTTP
 * Basic); any other method under {@code /api/} needs an editor and, without a login,
 * answers 401 instead of redirecting;</li>
 * <li>the health probes ({@code /actuator/health/liveness}, {@code …/readiness}) are
 * open, and tell nothing but UP or not;</li>
 * <li>an address that is no view reaches Vaadin's router, which shows the not-found view
 * in the layout (404), or the access-denied view (403) to a user without the role;</li>
 * <li>service methods that write are guarded with {@code @PreAuthorize}, checked against
 * the account's rights in the account store at the moment of the call, so a write without
 * the role fails even if a view forgot its annotation or the role was taken away while
 * the user was logged in ({@link AccountSessions}); every request of a logged-in session
 * runs with the account's current rights, and a disabled account's or reset password's
 * sessions end;</li>
 * <li>wrong passwords are counted per client and user name ({@link LoginThrottle});</li>
 * <li>roles nest: ADMIN &gt; EDITOR &gt; VIEWER;</li>
 * <li>CSRF protection stays on: Vaadin's own requests carry Vaadin's CSRF token, which
 * Vaadin checks; every other state-changing request needs Spring's token.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(TrackerSecurityProperties.class)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, TrackerSecurityProperties properties,
			AccountSessions sessions) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		http.authorizeHttpRequests((auth) -> {
			var read = auth.requestMatchers(HttpMethod.GET, "/api/**", "/v3/api-docs", "/v3/api-docs/**",
					"/swagger-ui.html", "/swagger-ui/**");
			if (properties.anonymousRead()) {
				read.permitAll();
			}
			else {
				read.hasRole(Role.VIEWER.name());
			}
			auth.requestMatchers(api).hasRole(Role.EDITOR.name());
			// Probes answer a platform that has no account; they tell only UP or not.
			auth.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/liveness",
					"/actuator/health/readiness")
				.permitAll();
			auth.requestMatchers("/error").permitAll();
		});
		http.exceptionHandling(
				(exceptions) -> exceptions.defaultAuthenticationEntryPointFor(ApiProblems.unauthorized(), api)
					.defaultAccessDeniedHandlerFor(ApiProblems.forbidden(), api));
		http.httpBasic((basic) -> basic.authenticationEntryPoint(ApiProblems.unauthorized()));
		http.addFilterAfter(new CurrentRightsFilter(sessions), SecurityContextHolderFilter.class);
		// Addresses that are no view reach Vaadin's router, which shows the not-found
		// view
		// inside the layout (base/ui/NotFoundView); the views check their own access.
		http.with(VaadinSecurityConfigurer.vaadin(),
				(vaadin) -> vaadin.loginView(LoginView.class).anyRequest(AuthorizedUrl::permitAll));
		return http.build();
	}

	/**
	 * Checks user names and passwords, refusing a client that sent too many wrong ones.
	 */
	@Bean
	AuthenticationProvider authenticationProvider(AccountDetailsService accounts, PasswordEncoder encoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(encoder);
		return new ThrottledAuthentication(passwords, throttle);
	}

	/**
	 * Evaluates {@code @PreAuthorize} against the rights the caller's account has now in
	 * the account store ({@link AccountSessions#rights}), not those its session or task
	 * was started with.
	 */
	@Bean
	static MethodSecurityExpressionHandler methodSecurityExpressionHandler(RoleHierarchy roleHierarchy,
			ObjectProvider<AccountSessions> sessions) {
		DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler() {

			@Override
			public EvaluationContext createEvaluationContext(Supplier<? extends Authentication> authentication,
					MethodInvocation invocation) {
				return super.createEvaluationContext(() -> sessions.getObject().rights(authentication.get()),
						invocation);
			}

		};
		handler.setRoleHierarchy(roleHierarchy);
		return handler;
	}

	/**
	 * Views check their annotations, and, when anonymous reading is off, visitors who
	 * have not logged in are sent to the login view from every view.
	 */
	@Bean
	static NavigationAccessControlConfigurer navigationAccessControlConfigurer(
			org.springframework.core.env.Environment environment) {
		boolean anonymousRead = environment.getProperty("tracker.security.anonymous-read", Boolean.class, true);
		return new NavigationAccessControlConfigurer().withAnnotatedViewAccessChecker()
			.withNavigationAccessChecker(new AnonymousReadChecker(anonymousRead))
			.withDecisionResolver(SecurityConfiguration::denyOverrides)
			.withLoginView(LoginView.class);
	}

	/**
	 * A denial by any checker wins. With anonymous reading off, the views' annotations
	 * allow a reading view that {@link AnonymousReadChecker} denies; Vaadin's default
	 * resolver calls such mixed votes a misconfiguration (in development mode every page
	 * failed with HTTP 500, in production mode it denied).
	 */
	static AccessCheckResult denyOverrides(List<AccessCheckResult> results, NavigationContext context) {
		for (AccessCheckResult result : results) {
			if (result.decision() == AccessCheckDecision.DENY || result.decision() == AccessCheckDecision.REJECT) {
				return context.deny(result.reason());
			}
		}
		if (results.stream().anyMatch((result) -> result.decision() == AccessCheckDecision.ALLOW)) {
			return context.allow();
		}
		return context.deny("No access checker allows this view");
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.EDITOR.name())
			.role(Role.EDITOR.name())
			.implies(Role.VIEWER.name())
			.build();
	}

	/**
	 * Stores passwords as BCrypt hashes of the configured cost with an algorithm prefix,
	 * so a later switch of algorithm keeps old hashes readable; a hash of another
	 * algorithm is checked by Spring Security's usual set.
	 */
	@Bean
	PasswordEncoder passwordEncoder(TrackerSecurityProperties properties) {
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(properties.passwordHashCost())));
		encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return encoder;
	}

}
