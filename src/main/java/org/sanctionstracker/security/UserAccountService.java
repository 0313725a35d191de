package org.sanctionstracker.security;

import java.time.Clock;
import java.util.Locale;

import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanctionstracker.base.CurrentUser;
import org.sanctionstracker.base.InvalidInputException;
import org.sanctionstracker.base.RecordChangedException;
import org.sanctionstracker.base.RecordNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * User management, for administrators only: create accounts, change roles, reset
 * passwords, disable and unlock. The last enabled administrator can be neither demoted
 * nor disabled, so the application always has one.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class UserAccountService {

	private static final Logger log = LoggerFactory.getLogger(UserAccountService.class);

	private final UserAccountRepository repository;

	private final PasswordEncoder encoder;

	private final Clock clock;

	UserAccountService(UserAccountRepository repository, PasswordEncoder encoder) {
		this.repository = repository;
		this.encoder = encoder;
		this.clock = Clock.systemUTC();
	}

	/**
	 * One page of accounts.
	 * @param pageable page and sort (entity properties)
	 * @return the accounts
	 */
	public Page<UserSummary> list(Pageable pageable) {
		return this.repository.findAll(pageable).map(UserSummary::of);
	}

	/**
	 * Creates an account.
	 * @param user the user name, password and role
	 * @return the account
	 * @throws InvalidInputException when the name is taken or the password breaks the
	 * rules
	 */
	@Transactional
	public UserSummary create(@Valid NewUser user) {
		String username = user.getUsername().strip();
		if (this.repository.findByUsernameIgnoringCase(username).isPresent()) {
			throw new InvalidInputException("username", "The user name '" + username + "' is already taken");
		}
		Passwords.check("password", user.getPassword());
		UserAccount account = this.repository.save(new UserAccount(username, this.encoder.encode(user.getPassword()),
				user.getRole(), this.clock.instant()));
		log.info("{} created user '{}' with role {}", CurrentUser.name(), username, user.getRole());
		return UserSummary.of(account);
	}

	/**
	 * Gives an account another role.
	 * @param id the account
	 * @param version the version the administrator saw
	 * @param role the new role
	 * @return the account
	 */
	@Transactional
	public UserSummary changeRole(long id, long version, Role role) {
		if (role == null) {
			throw new InvalidInputException("role", "A role is required");
		}
		UserAccount account = load(id, version);
		if (account.getRole() == Role.ADMIN && role != Role.ADMIN) {
			requireAnotherAdministrator(account, "demoted");
		}
		account.setRole(role);
		log.info("{} gave user '{}' the role {}", CurrentUser.name(), account.getUsername(), role);
		return UserSummary.of(this.repository.saveAndFlush(account));
	}

	/**
	 * Sets a new password, and lifts a failed-login lock.
	 * @param id the account
	 * @param version the version the administrator saw
	 * @param password the new password
	 * @return the account
	 */
	@Transactional
	public UserSummary resetPassword(long id, long version, String password) {
		Passwords.check("password", password);
		UserAccount account = load(id, version);
		account.setPasswordHash(this.encoder.encode(password));
		account.setFailedLogins(0);
		account.setLockedUntil(null);
		log.info("{} reset the password of user '{}'", CurrentUser.name(), account.getUsername());
		return UserSummary.of(this.repository.saveAndFlush(account));
	}

	/**
	 * Enables or disables an account; a disabled account cannot log in.
	 * @param id the account
	 * @param version the version the administrator saw
	 * @param enabled whether it may log in
	 * @return the account
	 */
	@Transactional
	public UserSummary setEnabled(long id, long version, boolean enabled) {
		UserAccount account = load(id, version);
		if (!enabled) {
			if (account.getUsername().equalsIgnoreCase(CurrentUser.name())) {
				throw new InvalidInputException("enabled", "You cannot disable your own account");
			}
			if (account.getRole() == Role.ADMIN) {
				requireAnotherAdministrator(account, "disabled");
			}
		}
		account.setEnabled(enabled);
		log.info("{} {} user '{}'", CurrentUser.name(), enabled ? "enabled" : "disabled", account.getUsername());
		return UserSummary.of(this.repository.saveAndFlush(account));
	}

	/**
	 * Lifts a failed-login lock.
	 * @param id the account
	 * @param version the version the administrator saw
	 * @return the account
	 */
	@Transactional
	public UserSummary unlock(long id, long version) {
		UserAccount account = load(id, version);
		account.setFailedLogins(0);
		account.setLockedUntil(null);
		return UserSummary.of(this.repository.saveAndFlush(account));
	}

	private UserAccount load(long id, long version) {
		UserAccount account = this.repository.findById(id)
			.orElseThrow(() -> new RecordNotFoundException("That user account no longer exists"));
		if (account.getVersion() != version) {
			throw new RecordChangedException("The account '" + account.getUsername()
					+ "' was changed by someone else after you opened it. Reload to see the current state.");
		}
		return account;
	}

	private void requireAnotherAdministrator(UserAccount account, String what) {
		long enabledAdmins = this.repository.countByRoleAndEnabledTrue(Role.ADMIN);
		if (account.isEnabled() && enabledAdmins <= 1) {
			throw new InvalidInputException("role", "'" + account.getUsername().toLowerCase(Locale.ROOT)
					+ "' is the only enabled administrator and cannot be " + what);
		}
	}

}
