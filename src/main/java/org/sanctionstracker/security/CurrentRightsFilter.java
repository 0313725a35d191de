package org.sanctionstracker.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs every request of a logged-in session with the rights its account has now
 * ({@link AccountSessions}): after a change of role the session carries the new roles
 * from its next request on (Vaadin's view checks and the services see them); after the
 * account was disabled or its password reset the session ends, and the request goes on as
 * a visitor's who has not logged in.
 */
final class CurrentRightsFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(CurrentRightsFilter.class);

	private final AccountSessions sessions;

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	CurrentRightsFilter(AccountSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
		Authentication authentication = strategy.getContext().getAuthentication();
		if (request.getSession(false) != null && AccountSessions.loggedIn(authentication)) {
			Optional<Authentication> current = this.sessions.current(authentication);
			if (current.isEmpty()) {
				log.info("Ended a session of '{}': the account was disabled, removed or its password reset",
						authentication.getName());
				new SecurityContextLogoutHandler().logout(request, response, authentication);
			}
			else if (current.get() != authentication) {
				log.info("Rights of '{}' in an open session changed to {}", authentication.getName(),
						current.get().getAuthorities());
				SecurityContext context = strategy.createEmptyContext();
				context.setAuthentication(current.get());
				strategy.setContext(context);
				this.repository.saveContext(context, request, response);
			}
		}
		chain.doFilter(request, response);
	}

}
