package org.sanctionstracker.bench;

import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The dashboard's aggregates: each one uncached (median, p95), the whole service call the
 * dashboard view makes on open, uncached and cached, and the same aggregates' raw SQL over
 * plain JDBC in this JVM (the floor), with the ratio of the two.
 */
final class DashboardSection {

	private DashboardSection() {
	}

	static void run(ConfigurableApplicationContext context, Settings settings, ObjectNode out) {
		out.put("status", "not measured: the dashboard aggregates come with the views branch");
	}

}
