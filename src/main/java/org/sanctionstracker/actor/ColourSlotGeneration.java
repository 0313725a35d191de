package org.sanctionstracker.actor;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumSet;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.generator.EventTypeSets;

/**
 * Gives a new actor its colour slot just before its row is inserted ({@link ColourSlot}):
 * counts the slots in use on the inserting transaction's own connection, so actors
 * created earlier in the same transaction (an import, the seed loader) count too, and
 * applies {@link ColourSlots#next}. A slot already set is kept.
 */
public class ColourSlotGeneration implements BeforeExecutionGenerator {

	private static final String USAGE = "select colour_slot, count(*) from actor group by colour_slot";

	@Override
	public EnumSet<EventType> getEventTypes() {
		return EventTypeSets.INSERT_ONLY;
	}

	@Override
	public Object generate(SharedSessionContractImplementor session, Object owner, Object currentValue,
			EventType eventType) {
		if (currentValue != null) {
			return currentValue;
		}
		// actors of this flush still waiting in the JDBC batch (ids from sequences let
		// Hibernate batch inserts) must be in the table before their slots are counted
		session.getJdbcCoordinator().executeBatch();
		return session.doReturningWork((connection) -> {
			long[] usage = new long[ColourSlots.COUNT];
			try (PreparedStatement query = connection.prepareStatement(USAGE); ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					int slot = rows.getInt(1);
					if (slot >= 0 && slot < ColourSlots.COUNT) {
						usage[slot] = rows.getLong(2);
					}
				}
			}
			return ColourSlots.next(usage);
		});
	}

}
