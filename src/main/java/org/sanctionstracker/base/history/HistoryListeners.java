package org.sanctionstracker.base.history;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.config.spi.StandardConverters;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.boot.internal.EnversIntegrator;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.envers.event.spi.EnversListenerDuplicationStrategy;
import org.hibernate.envers.event.spi.EnversPostCollectionRecreateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostDeleteEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostInsertEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostUpdateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreCollectionRemoveEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreCollectionUpdateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreUpdateEventListenerImpl;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.integrator.spi.Integrator;

/**
 * Registers Hibernate Envers' listeners, as Envers itself does when
 * {@code hibernate.envers.autoRegisterListeners} is on (it is off in
 * {@code application.properties}), each asking {@link BulkHistory} first whether the
 * record is one whose audit rows a bulk write writes at commit: Envers' documented way of
 * conditional auditing. Registered for Hibernate in
 * {@code META-INF/services/org.hibernate.integrator.spi.Integrator}.
 */
public class HistoryListeners implements Integrator {

	/**
	 * Whether these listeners audit (else Envers' own do, and there is no bulk history).
	 */
	static volatile boolean registered;

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		EnversService envers = sessionFactory.getServiceRegistry().getService(EnversService.class);
		if (envers == null || !envers.isEnabled() || !envers.getEntitiesConfigurations().hasAuditedEntities()
				|| sessionFactory.getServiceRegistry()
					.requireService(ConfigurationService.class)
					.getSetting(EnversIntegrator.AUTO_REGISTER, StandardConverters.BOOLEAN, true)) {
			// Envers registers its own listeners, which audit every record
			return;
		}
		registered = true;
		EventListenerRegistry registry = sessionFactory.getEventListenerRegistry();
		registry.addDuplicationStrategy(EnversListenerDuplicationStrategy.INSTANCE);
		registry.appendListeners(EventType.POST_DELETE, new EnversPostDeleteEventListenerImpl(envers) {

			@Override
			public void onPostDelete(PostDeleteEvent event) {
				if (!BulkHistory.leaves(event.getPersister(), event.getEntity(), event.getId(), event.getSession())) {
					super.onPostDelete(event);
				}
			}

		});
		registry.appendListeners(EventType.POST_INSERT, new EnversPostInsertEventListenerImpl(envers) {

			@Override
			public void onPostInsert(PostInsertEvent event) {
				if (!BulkHistory.leaves(event.getPersister(), event.getEntity(), event.getId(), event.getSession())) {
					super.onPostInsert(event);
				}
			}

		});
		registry.appendListeners(EventType.PRE_UPDATE, new EnversPreUpdateEventListenerImpl(envers) {

			@Override
			public boolean onPreUpdate(PreUpdateEvent event) {
				if (!BulkHistory.leaves(event.getPersister(), event.getEntity(), event.getId(), event.getSession())) {
					return super.onPreUpdate(event);
				}
				return false;
			}

		});
		registry.appendListeners(EventType.POST_UPDATE, new EnversPostUpdateEventListenerImpl(envers) {

			@Override
			public void onPostUpdate(PostUpdateEvent event) {
				if (!BulkHistory.leaves(event.getPersister(), event.getEntity(), event.getId(), event.getSession())) {
					super.onPostUpdate(event);
				}
			}

		});
		registry.appendListeners(EventType.POST_COLLECTION_RECREATE,
				new EnversPostCollectionRecreateEventListenerImpl(envers) {

					@Override
					public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
						if (!leaves(event)) {
							super.onPostRecreateCollection(event);
						}
					}

				});
		registry.appendListeners(EventType.PRE_COLLECTION_REMOVE,
				new EnversPreCollectionRemoveEventListenerImpl(envers) {

					@Override
					public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
						if (!leaves(event)) {
							super.onPreRemoveCollection(event);
						}
					}

				});
		registry.appendListeners(EventType.PRE_COLLECTION_UPDATE,
				new EnversPreCollectionUpdateEventListenerImpl(envers) {

					@Override
					public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
						if (!leaves(event)) {
							super.onPreUpdateCollection(event);
						}
					}

				});
	}

	/** Whether the owner of a collection is left to the bulk history. */
	private static boolean leaves(AbstractCollectionEvent event) {
		Object owner = event.getAffectedOwnerOrNull();
		return owner != null && BulkHistory.leaves(
				event.getSession()
					.getFactory()
					.getMappingMetamodel()
					.getEntityDescriptor(event.getAffectedOwnerEntityName()),
				owner, event.getAffectedOwnerIdOrNull(), event.getSession());
	}

}
