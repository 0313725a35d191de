package org.sanctionstracker.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers requests that reach no endpoint with RFC 9457 problem details: an address under
 * {@code /api/} that no endpoint serves is a 404 (not the application's HTML page: Vaadin
 * leaves {@code /api/} alone, see {@code vaadin.exclude-urls}), a method an endpoint does
 * not take a 405, and so on for Spring MVC's other request errors. The views never get
 * here: Vaadin serves every other address.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiAddressErrors extends ResponseEntityExceptionHandler {

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no endpoint at /" + ex.getResourcePath()
						+ "; the API's endpoints are described at /v3/api-docs (browsable at /swagger-ui.html)");
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

}
