package org.sanctionstracker;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import org.sanctionstracker.actor.ActorRef;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the browserless tests of the editing views: the whole application on its own
 * seeded database, shared by these test classes only (they write). Each test names its
 * user with {@code @WithMockUser}.
 */
@SpringBootTest(properties = "tracker.test.database=ui-writes")
@AutoConfigureTestDatabase
@ViewPackages(packages = "org.sanctionstracker")
public abstract class EditingUiTests extends SpringBrowserlessTest {

	@Autowired
	protected JdbcTemplate jdbc;

	protected long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	protected List<Long> allCounts() {
		return List
			.of("actor", "actor_alias", "coalition", "coalition_membership", "measure", "measure_event",
					"enforcement_action", "figure", "evidence", "source_document", "revision")
			.stream()
			.map(this::count)
			.toList();
	}

	protected ActorRef actor(String iso3) {
		return this.jdbc.queryForObject("select id, name, iso3 from actor where iso3 = ?",
				(rs, n) -> new ActorRef(rs.getLong("id"), rs.getString("name"), rs.getString("iso3")), iso3);
	}

	protected long idOf(String table, String seedKey) {
		return this.jdbc.queryForObject("select id from " + table + " where seed_key = ?", Long.class, seedKey);
	}

	/** The message a field shows, or {@code null} while it is valid. */
	protected static String fieldError(HasValidation field) {
		return field.isInvalid() ? field.getErrorMessage() : null;
	}

	/** The texts of the notifications open now. */
	protected List<String> notifications() {
		roundTrip();
		return $(Notification.class).all()
			.stream()
			.filter(Notification::isOpened)
			.map((notification) -> notification.getElement().getTextRecursively())
			.toList();
	}

}
