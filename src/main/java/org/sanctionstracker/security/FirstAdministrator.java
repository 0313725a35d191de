package org.sanctionstracker.security;

import java.time.Instant;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanctionstracker.base.AppLock;
import org.sanctionstracker.base.InvalidInputException;
import org.sanctionstracker.base.StartupTask;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start (no accounts at all) creates the administrator {@value #USERNAME}.
 * Its password comes from the environment variable {@code TRACKER_ADMIN_PASSWORD};
 * without it a random password is generated and written to the log this once. There is no
 * default password. Done before the web server accepts requests ({@link StartupTask}).
 */
@Component
class FirstAdministrator implements StartupTask {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserAccountRepository repository;

	private final PasswordEncoder encoder;

	private final String configuredPassword;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	FirstAdministrator(UserAccountRepository repository, PasswordEncoder encoder,
			@Value("${TRACKER_ADMIN_PASSWORD:}") String configuredPassword, EntityManager entityManager,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.entityManager = entityManager;
		this.encoder = encoder;
		this.configuredPassword = configuredPassword;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public int getPhase() {
		return ACCOUNTS;
	}

	@Override
	public void runOnStart() {
		this.transaction.executeWithoutResult((status) -> create());
	}

	private void create() {
		// Instances starting together on one empty database create the administrator
		// once.
		AppLock.acquire(this.entityManager, AppLock.SEED);
		if (this.repository.count() > 0) {
			return;
		}
		boolean generated = this.configuredPassword.isEmpty();
		String password = generated ? Passwords.generate() : this.configuredPassword;
		try {
			Passwords.check("password", password);
		}
		catch (InvalidInputException ex) {
			throw new IllegalStateException(
					"TRACKER_ADMIN_PASSWORD does not meet the password rules: " + ex.reasons().get("password"));
		}
		this.repository.save(new UserAccount(USERNAME, this.encoder.encode(password), Role.ADMIN, Instant.now()));
		if (generated) {
			log.warn("Created the first administrator '{}' with the generated password: {}  "
					+ "(shown only this once; log in and change it under Users, "
					+ "or set TRACKER_ADMIN_PASSWORD before the first start to choose it)", USERNAME, password);
		}
		else {
			log.info("Created the first administrator '{}' with the password from TRACKER_ADMIN_PASSWORD", USERNAME);
		}
	}

}
