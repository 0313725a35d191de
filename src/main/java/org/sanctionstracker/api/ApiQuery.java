package org.sanctionstracker.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.filter.FilterParameters;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.util.MultiValueMap;

/**
 * The query parameters of one API request, checked against what its endpoint accepts
 * ({@link ApiEndpoint}): a parameter the endpoint does not know, a value that is not in
 * the vocabulary, a malformed date or a page out of range each become a
 * {@link BadRequestException} naming the parameter and what is allowed. A handler method
 * receives it as an argument annotated with {@link QueryOf}.
 */
final class ApiQuery {

	static final int DEFAULT_PAGE_SIZE = 50;

	static final int MAX_PAGE_SIZE = 500;

	private final Map<String, String> values = new LinkedHashMap<>();

	private final ApiEndpoint endpoint;

	private ApiQuery(Map<String, String> values, ApiEndpoint endpoint) {
		this.values.putAll(values);
		this.endpoint = endpoint;
	}

	/**
	 * Reads the parameters, refusing names the endpoint does not accept and repeated
	 * parameters.
	 * @param parameters the request parameters
	 * @param endpoint the endpoint asked
	 * @return the query
	 */
	static ApiQuery of(MultiValueMap<String, String> parameters, ApiEndpoint endpoint) {
		Set<String> accepted = endpoint.parameterNames();
		Map<String, String> values = new LinkedHashMap<>();
		for (var entry : parameters.entrySet()) {
			if (!accepted.contains(entry.getKey())) {
				throw new BadRequestException("Unknown parameter '" + entry.getKey() + "'; "
						+ (accepted.isEmpty() ? "this endpoint takes none"
								: "this endpoint accepts " + String.join(", ", new TreeSet<>(accepted))));
			}
			if (entry.getValue().size() > 1) {
				throw new BadRequestException("Parameter '" + entry.getKey() + "' is given more than once");
			}
			String value = entry.getValue().get(0);
			if (value != null && !value.isBlank()) {
				values.put(entry.getKey(), value.strip());
			}
		}
		return new ApiQuery(values, endpoint);
	}

	String text(String name) {
		return checked(() -> FilterParameters.text(name, this.values.get(name)));
	}

	<E extends Enum<E>> E enumValue(String name, Class<E> type) {
		return checked(() -> FilterParameters.enumValue(name, this.values.get(name), type));
	}

	Long id(String name) {
		return checked(() -> FilterParameters.id(name, this.values.get(name)));
	}

	PartialDate date(String name) {
		return checked(() -> FilterParameters.date(name, this.values.get(name)));
	}

	/**
	 * The day "in force" is asked about, read by the one date parser.
	 * @return the day, or {@code null} when the request does not choose one
	 */
	LocalDate asOf() {
		return checked(() -> FilterParameters.asOf(this.values.get(FilterParameters.AS_OF)));
	}

	/**
	 * The shared filter from {@code country}, {@code role}, {@code coalition},
	 * {@code type}, {@code kind}, {@code from}, {@code to}, {@code q} and {@code asOf},
	 * read as the views read them ({@link FilterParameters}).
	 * @param actors resolves the country reference
	 * @param kinds the vocabulary this endpoint's {@code kind} takes
	 * @return the filter
	 */
	Filter filter(ActorService actors, FilterParameters.Kinds kinds) {
		return checked(() -> FilterParameters.read(this.values::get, actors, kinds).filterOrThrow());
	}

	Long actorId(ActorService actors, String name) {
		return checked(() -> FilterParameters.actorId(name, this.values.get(name), actors));
	}

	private static <T> T checked(Supplier<T> read) {
		try {
			return read.get();
		}
		catch (FilterParameters.InvalidParameterException ex) {
			throw new BadRequestException(ex.getMessage());
		}
	}

	/**
	 * Page, size and sort, with the endpoint's sort keys and default order.
	 * @return the page request
	 */
	Pageable pageable() {
		Map<String, List<String>> sortable = this.endpoint.sortKeys();
		Sort defaultSort = this.endpoint.defaultSort();
		int page = number("page", 0, 0, 1_000_000);
		int size = number("size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
		String sortValue = this.values.get("sort");
		Sort sort = defaultSort;
		if (sortValue != null) {
			String[] parts = sortValue.split(",", -1);
			String key = parts[0].strip();
			List<String> paths = sortable.get(key);
			if (paths == null || parts.length > 2) {
				throw new BadRequestException("'" + sortValue + "' is not a valid sort; use one of "
						+ String.join(", ", sortable.keySet()) + ", optionally followed by ',asc' or ',desc'");
			}
			Sort.Direction direction = Sort.Direction.ASC;
			if (parts.length == 2) {
				direction = Sort.Direction.fromOptionalString(parts[1].strip())
					.orElseThrow(() -> new BadRequestException(
							"'" + parts[1] + "' is not a sort direction; use 'asc' or 'desc'"));
			}
			List<Sort.Order> orders = new ArrayList<>();
			for (String path : paths) {
				orders.add(new Sort.Order(direction, path).nullsLast());
			}
			sort = Sort.by(orders).and(defaultSort);
		}
		return PageRequest.of(page, size, sort);
	}

	private int number(String name, int fallback, int min, int max) {
		String value = this.values.get(name);
		if (value == null) {
			return fallback;
		}
		if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
			throw new BadRequestException("Parameter '" + name + "' must be a whole number from " + min + " to " + max
					+ ", not '" + value + "'");
		}
		return Integer.parseInt(value);
	}

}
