package org.sanctionstracker.security;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * nor disabled, so the application always has one: the enabled administrators are locked
 * while such a change is checked, so two administrators demoting each other at the same
 * moment cannot both succeed. Changes reach the user's open sessions at once
 * ({@link AccountSessions}): a new role from the next request on; disabling and a new
 * password end them.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class UserAccountService {

	private static final Logger log = LoggerFactory.getLogger(UserAccountService.class);

	private final UserAccountRepository repository;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final Clock clock;

	UserAccountService(UserAccountRepository repository, PasswordEncoder encoder, LoginThrottle throttle) {
		this.repository = repository;
		this.encoder = encoder;
		this.throttle = throttle;
		this.clock = Clock.systemUTC();
	}

	/**
	 * One page of accounts, with their recent failed logins.
	 * @param pageable page and sort (entity properties)
	 * @return the accounts
	 */
	public Page<UserSummary> list(Pageable pageable) {
		Page<UserAccount> page = this.repository.findAll(pageable);
		Map<String, FailedLogins> failed = this.throttle
			.of(page.getContent().stream().map(UserAccount::getUsername).toList());
		return page.map((account) -> UserSummary.of(account, failed.get(account.getUsername())));
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
		return summary(account);
	}

	/**
	 * Gives an account another role; the user's open sessions have it from their next
	 * request on.
	 * @param id the account
	 * @param version the version the administrator saw
	 * @param role the new role
	 * @return the account
	 * @throws InvalidInputException when it would leave no enabled administrator
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
		return summary(this.repository.saveAndFlush(account));
	}

	/**
	 * Sets a new password, lifts every failed-login lock of the account and ends its open
	 * sessions (the administrator's own included, when it is theirs).
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
		account.endSessions();
		this.throttle.unlock(account.getUsername());
		log.info("{} reset the password of user '{}'", CurrentUser.name(), account.getUsername());
		return summary(this.repository.saveAndFlush(account));
	}

	/**
	 * Enables or disables an account; a disabled account cannot log in, and its open
	 * sessions end.
	 * @param id the account
	 * @param version the version the administrator saw
	 * @param enabled whether it may log in
	 * @return the account
	 * @throws InvalidInputException for the administrator's own account, and when it
	 * would leave no enabled administrator
	 */
	@Transactional
	public UserSummary setEnabled(long id, long version, boolean enabled) {
		UserAccount account = load(id, version);
		if (!enabled && account.isEnabled()) {
			if (account.getUsername().equalsIgnoreCase(CurrentUser.name())) {
				throw new InvalidInputException("enabled", "You cannot disable your own account");
			}
			if (account.getRole() == Role.ADMIN) {
				requireAnotherAdministrator(account, "disabled");
			}
			account.endSessions();
		}
		account.setEnabled(enabled);
		log.info("{} {} user '{}'", CurrentUser.name(), enabled ? "enabled" : "disabled", account.getUsername());
		return summary(this.repository.saveAndFlush(account));
	}

	/**
	 * Lifts every failed-login lock of an account and forgets its failures.
	 * @param id the account
	 * @param version the version the administrator saw
	 * @return the account
	 */
	@Transactional
	public UserSummary unlock(long id, long version) {
		UserAccount account = load(id, version);
		this.throttle.unlock(account.getUsername());
		log.info("{} unlocked user '{}'", CurrentUser.name(), account.getUsername());
		return summary(account);
	}

	/**
	 * Whether an account is the one of the user logged in now.
	 * @param user the account
	 * @return {@code true} for one's own account
	 */
	public boolean isCurrentUser(UserSummary user) {
		return user.username().equalsIgnoreCase(CurrentUser.name());
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

	private UserSummary summary(UserAccount account) {
		return UserSummary.of(account, this.throttle.of(List.of(account.getUsername())).get(account.getUsername()));
	}

	/**
	 * Refuses a change that would take the role from the last enabled administrator. The
	 * enabled administrators stay locked until the change commits, so that a concurrent
	 * change sees its outcome.
	 */
	private void requireAnotherAdministrator(UserAccount account, String what) {
		List<UserAccount> admins = this.repository.lockEnabled(Role.ADMIN);
		boolean another = admins.stream().anyMatch((admin) -> !admin.getId().equals(account.getId()));
		if (account.isEnabled() && !another) {
			throw new InvalidInputException("role", "'" + account.getUsername().toLowerCase(Locale.ROOT)
					+ "' is the only enabled administrator and cannot be " + what);
		}
	}

}
