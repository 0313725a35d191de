package org.sanctionstracker.api;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * One page of API results.
 *
 * @param items the records on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalItems how many records match in all
 * @param totalPages how many pages there are
 * @param <T> the record type
 */
record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	static <T> PageResponse<T> of(Page<T> page) {
		return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}

}
