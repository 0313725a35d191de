package org.sanctionstracker.base.history;

import org.hibernate.envers.RevisionListener;
import org.sanctionstracker.base.CurrentUser;

/**
 * Stamps each revision with the name of the user who made the change.
 */
class RevisionUser implements RevisionListener {

	@Override
	public void newRevision(Object revision) {
		String name = CurrentUser.name();
		((Revision) revision).setUsername((name.length() > Revision.USERNAME_MAX_LENGTH)
				? name.substring(0, Revision.USERNAME_MAX_LENGTH) : name);
	}

}
