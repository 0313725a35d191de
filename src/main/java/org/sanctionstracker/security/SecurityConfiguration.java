package org.sanctionstracker.security;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.sanctionstracker.security.ui.LoginView;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what, set up the Vaadin 25 way ({@link VaadinSecurityConfigurer}):
 * <ul>
 * <li>views say who may open them ({@code @AnonymousAllowed} for reading,
 * {@code @RolesAllowed("EDITOR")} for forms, {@code @RolesAllowed("ADMIN")} for user
 * management); anyone else is sent to the login view;</li>
 * <li>the read-only API ({@code GET /api/v1/**}) is open while
 * {@code tracker.security.anonymous-read} is on, else it needs a viewer (session or HTTP
 * Basic); any other method under {@code /api/} needs an editor and, without a login,
 * answers 401 instead of redirecting;</li>
 * <li>service methods that write are guarded with {@code @PreAuthorize}, so a write
 * without the role fails even if a view forgot its annotation;</li>
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
	SecurityFilterChain securityFilterChain(HttpSecurity http, TrackerSecurityProperties properties) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		http.authorizeHttpRequests((auth) -> {
			var read = auth.requestMatchers(HttpMethod.GET, "/api/v1/**");
			if (properties.anonymousRead()) {
				read.permitAll();
			}
			else {
				read.hasRole(Role.VIEWER.name());
			}
			auth.requestMatchers(api).hasRole(Role.EDITOR.name());
			auth.requestMatchers("/error").permitAll();
		});
		http.exceptionHandling((exceptions) -> exceptions
			.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api));
		http.httpBasic(Customizer.withDefaults());
		http.with(VaadinSecurityConfigurer.vaadin(), (vaadin) -> vaadin.loginView(LoginView.class));
		return http.build();
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
			.withLoginView(LoginView.class);
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
	 * Stores passwords as BCrypt hashes with an algorithm prefix, so a later switch of
	 * algorithm keeps old hashes readable.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
