package org.sanctionstracker.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The security filter's refusals of API requests, written as the API's other errors are:
 * RFC 9457 problem details ({@code application/problem+json}). A 401 also asks for HTTP
 * Basic ({@code WWW-Authenticate}).
 */
final class ApiProblems {

	private ApiProblems() {
	}

	static AuthenticationEntryPoint unauthorized() {
		return (request, response, failure) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Sanctions Coalition Tracker\", charset=\"UTF-8\"");
			write(request, response, HttpStatus.UNAUTHORIZED,
					"Log in: reading needs a viewer account when anonymous reading is off, changing data an editor "
							+ "(HTTP Basic, e.g. curl -u name:password). Wrong or refused credentials (too many wrong "
							+ "passwords from this address) get this answer too.");
		};
	}

	static AccessDeniedHandler forbidden() {
		return (request, response, denied) -> write(request, response, HttpStatus.FORBIDDEN,
				"Not allowed: the account lacks the role for this request, or a request that changes data came "
						+ "without its CSRF token.");
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + json(detail) + "\",\"instance\":\""
					+ json(request.getRequestURI()) + "\"}");
	}

	private static String json(String text) {
		StringBuilder escaped = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				escaped.append('\\').append(c);
			}
			else if (c < 0x20) {
				escaped.append(String.format("\\u%04x", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
