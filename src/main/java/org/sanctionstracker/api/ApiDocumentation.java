package org.sanctionstracker.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.base.PartialDate;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;

/**
 * The OpenAPI description of the API, generated from the code by springdoc
 * ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}). Each operation's query
 * parameters, allowed values and sort keys come from its {@link ApiEndpoint} (the same
 * declaration the requests are checked against); every operation documents its error
 * answers, all RFC 9457 problem details ({@code application/problem+json}); a partial
 * date is documented as the API writes it ({@link PartialDateJson}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String PROBLEM = "Problem";

	static final String PROBLEM_JSON = "application/problem+json";

	static {
		// the handler's checked query is documented parameter by parameter instead
		SpringDocUtils.getConfig()
			.addRequestWrapperToIgnore(ApiQuery.class)
			.replaceWithSchema(PartialDate.class, partialDate());
	}

	@Bean
	OpenAPI trackerOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Sanctions Coalition Tracker API")
				.version("v1")
				.description("Read-only JSON API: actors, coalitions, measures with their lifecycle, lifecycle "
						+ "events, enforcement actions and money figures, each tied to the source passages that "
						+ "support it, plus CSV/JSON exports. Lists are paged (page, size) and sorted (sort); an "
						+ "unknown parameter or value is a 400, a missing record or address a 404, each an RFC 9457 "
						+ "problem (application/problem+json) whose 'detail' gives the reason. Anonymous reading "
						+ "can be switched off (tracker.security.anonymous-read=false); then the API needs a viewer "
						+ "account, e.g. with HTTP Basic, and answers 401 without one.")
				.license(new License().name("See the project's README")))
			.components(new Components().addSchemas(PROBLEM, problem())
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
	}

	@Bean
	OperationCustomizer apiEndpointParameters() {
		return (operation, handler) -> {
			for (MethodParameter parameter : handler.getMethodParameters()) {
				QueryOf query = parameter.getParameterAnnotation(QueryOf.class);
				if (query != null) {
					document(operation, query.value());
				}
			}
			return operation;
		};
	}

	private static void document(Operation operation, ApiEndpoint endpoint) {
		for (ApiParameter parameter : endpoint.parameters()) {
			operation.addParametersItem(parameter(parameter, endpoint));
		}
		if (operation.getParameters() != null) {
			for (Parameter path : operation.getParameters()) {
				if ("path".equals(path.getIn()) && "format".equals(path.getName())) {
					path.description("Format of the file")
						.schema(new StringSchema()._enum(List.of("csv", "json")))
						.example("csv");
				}
				else if ("path".equals(path.getIn()) && "id".equals(path.getName())) {
					path.description("The record's id, as the lists give it");
				}
			}
		}
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		responses.addApiResponse("400", problem("A parameter the endpoint does not take, a value that is not "
				+ "allowed, a malformed date or a page out of range; 'detail' names it and what is allowed."));
		responses.addApiResponse("401",
				problem("Anonymous reading is switched off and the request has no valid viewer login (HTTP Basic), "
						+ "or too many wrong passwords came from this address for this user."));
		responses.addApiResponse("404", problem(endpoint.paged() ? "There is no such address."
				: "There is no record with this id (or no such export format)."));
		responses.addApiResponse("500",
				problem("The request could not be completed; 'detail' gives a reference to the server log."));
		operation.setResponses(responses);
	}

	private static Parameter parameter(ApiParameter parameter, ApiEndpoint endpoint) {
		Schema<?> schema = switch (parameter) {
			case PAGE -> new IntegerSchema().minimum(java.math.BigDecimal.ZERO)._default(0);
			case SIZE -> new IntegerSchema().minimum(java.math.BigDecimal.ONE)
				.maximum(java.math.BigDecimal.valueOf(ApiQuery.MAX_PAGE_SIZE))
				._default(ApiQuery.DEFAULT_PAGE_SIZE);
			case COALITION -> new IntegerSchema().format("int64");
			case SORT -> new StringSchema()._enum(endpoint.sortValues());
			case FROM, TO -> new StringSchema().pattern("^\\d{4}(-\\d{2}(-\\d{2})?)?$");
			case AS_OF -> new StringSchema().format("date");
			default -> parameter.allowedValues().isEmpty() ? new StringSchema()
					: new StringSchema()._enum(parameter.allowedValues());
		};
		String description = parameter.description();
		if (parameter == ApiParameter.SORT) {
			description += " Default order: " + endpoint.defaultSort().toString().replace(": ", " ") + ".";
		}
		return new QueryParameter().name(parameter.parameterName())
			.description(description)
			.required(false)
			.schema(schema)
			.example(parameter.example());
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	private static Schema<?> problem() {
		return new ObjectSchema()
			.description("An RFC 9457 problem detail: what went wrong, in words ('detail'), with the HTTP status.")
			.properties(properties("type", new StringSchema().format("uri").example("about:blank"), "title",
					new StringSchema().example("Bad Request"), "status", new IntegerSchema().example(400), "detail",
					new StringSchema().example("'NOPE' is not a valid type; use one of ..."), "instance",
					new StringSchema().format("uri").example("/api/v1/measures")));
	}

	private static Map<String, Schema> properties(Object... namesAndSchemas) {
		Map<String, Schema> properties = new LinkedHashMap<>();
		for (int i = 0; i < namesAndSchemas.length; i += 2) {
			properties.put((String) namesAndSchemas[i], (Schema<?>) namesAndSchemas[i + 1]);
		}
		return properties;
	}

	private static Schema<?> partialDate() {
		return new ObjectSchema()
			.description("A date known to the year, month or day, with the first and last day it can mean, e.g. "
					+ "{\"value\":\"2008-11\",\"precision\":\"MONTH\",\"earliest\":\"2008-11-01\","
					+ "\"latest\":\"2008-11-30\",\"display\":\"Nov 2008\"}")
			.properties(Map.of("value",
					new StringSchema()
						.description("As precise as known: 2009, 2008-11 or 2016-02-10; null when unknown")
						.nullable(true),
					"precision", new StringSchema()._enum(List.of("YEAR", "MONTH", "DAY", "UNKNOWN")), "earliest",
					new StringSchema().format("date").nullable(true), "latest",
					new StringSchema().format("date").nullable(true), "display",
					new StringSchema().example("Nov 2008")));
	}

}
