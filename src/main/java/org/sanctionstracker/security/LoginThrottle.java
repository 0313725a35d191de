package org.sanctionstracker.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing without letting anyone lock another person out. Wrong
 * passwords are counted per user name and client (its IP address; for IPv6 its /64
 * network, which one host can fill): after {@code tracker.security.max-failed-logins} in
 * a row (default 5) that client cannot log in as that user for
 * {@code tracker.security.lock-duration} (default 15 minutes), even with the right
 * password, while the owner logs in from anywhere else. Against guessing spread over many
 * addresses, {@code tracker.security.max-failed-logins-per-account} failures from all
 * clients together (default 50) lock every client out of the account for as long. A
 * successful login clears its client's count. The counts are kept in the database
 * ({@code login_failure}), so they hold across instances and restarts; names that are not
 * accounts are counted alike, so the answers do not tell which names exist.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final LoginFailureRepository failures;

	private final TrackerSecurityProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	LoginThrottle(LoginFailureRepository failures, TrackerSecurityProperties properties,
			PlatformTransactionManager transactions) {
		this.failures = failures;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = Clock.systemUTC();
	}

	/**
	 * The client a login comes from, as the throttle counts it.
	 * @param remoteAddress the request's remote address, or {@code null}
	 * @return the IPv4 address, or the /64 network of an IPv6 address
	 */
	static String client(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.isBlank()) {
			return "unknown";
		}
		String address = remoteAddress.strip().replaceAll("^\\[|\\]$|%.*$", "");
		if (address.indexOf(':') >= 0) {
			try {
				// an address literal: parsed, never looked up
				byte[] bytes = InetAddress.getByName(address).getAddress();
				if (bytes.length == 4) {
					return InetAddress.getByAddress(bytes).getHostAddress();
				}
				return String.format("%02x%02x:%02x%02x:%02x%02x:%02x%02x::/64", bytes[0], bytes[1], bytes[2], bytes[3],
						bytes[4], bytes[5], bytes[6], bytes[7]);
			}
			catch (UnknownHostException ex) {
				// not an address: counted as given
			}
		}
		return (address.length() > LoginFailure.CLIENT_MAX_LENGTH)
				? address.substring(0, LoginFailure.CLIENT_MAX_LENGTH) : address;
	}

	/**
	 * Until when a login as this user from this client is refused without looking at the
	 * password.
	 * @param username the user name as typed
	 * @param client the client ({@link #client})
	 * @return the end of the lock, or empty when the login may be tried
	 */
	Optional<Instant> lockedUntil(String username, String client) {
		Instant now = this.clock.instant();
		return this.failures.findAll(key(username), List.of(client, LoginFailure.ALL_CLIENTS))
			.stream()
			.filter((failure) -> failure.isLockedAt(now))
			.map(LoginFailure::getLockedUntil)
			.max(Instant::compareTo);
	}

	/**
	 * Counts a wrong password.
	 * @param username the user name as typed
	 * @param client the client ({@link #client})
	 */
	void failed(String username, String client) {
		String name = key(username);
		try {
			this.transaction.executeWithoutResult((status) -> count(name, client));
		}
		catch (DataIntegrityViolationException firstOfTwoAtOnce) {
			// another request created the row meanwhile: it is there now, count again
			this.transaction.executeWithoutResult((status) -> count(name, client));
		}
	}

	private void count(String name, String client) {
		Instant now = this.clock.instant();
		this.failures.deleteStale(now.minus(this.properties.lockDuration()), now);
		Map<String, LoginFailure> rows = new HashMap<>();
		for (LoginFailure row : this.failures.lockAll(name, List.of(client, LoginFailure.ALL_CLIENTS))) {
			rows.put(row.getClient(), row);
		}
		LoginFailure mine = rows.computeIfAbsent(client, (c) -> new LoginFailure(name, c));
		LoginFailure all = rows.computeIfAbsent(LoginFailure.ALL_CLIENTS, (c) -> new LoginFailure(name, c));
		if (mine.fail(now, this.properties.maxFailedLogins(), this.properties.lockDuration())) {
			log.warn("Logins as '{}' from {} refused until {} after {} wrong passwords in a row", name, client,
					mine.getLockedUntil(), mine.getFailures());
		}
		if (all.fail(now, this.properties.maxFailedLoginsPerAccount(), this.properties.lockDuration())) {
			log.warn("Logins as '{}' from every client refused until {} after {} wrong passwords from several clients",
					name, all.getLockedUntil(), all.getFailures());
		}
		this.failures.saveAll(List.of(mine, all));
		this.failures.flush();
	}

	/**
	 * Clears the count of the client that logged in, and the account's count.
	 * @param username the user name
	 * @param client the client ({@link #client})
	 */
	void succeeded(String username, String client) {
		this.transaction.executeWithoutResult(
				(status) -> this.failures.deleteAll(key(username), List.of(client, LoginFailure.ALL_CLIENTS)));
	}

	/**
	 * Lifts every lock of an account and forgets its failures, in the caller's
	 * transaction.
	 * @param username the user name
	 */
	void unlock(String username) {
		this.failures.deleteAll(key(username));
	}

	/**
	 * The recent failures and locks of some accounts.
	 * @param usernames the user names
	 * @return per user name as given; accounts without failures are missing
	 */
	Map<String, FailedLogins> of(Collection<String> usernames) {
		Instant now = this.clock.instant();
		Map<String, String> byKey = new HashMap<>();
		usernames.forEach((username) -> byKey.put(key(username), username));
		Map<String, List<LoginFailure>> rows = new HashMap<>();
		for (LoginFailure row : this.failures.findByUsernameIn(byKey.keySet())) {
			rows.computeIfAbsent(row.getUsername(), (k) -> new java.util.ArrayList<>()).add(row);
		}
		Map<String, FailedLogins> result = new HashMap<>();
		rows.forEach((name, list) -> result.put(byKey.get(name), summary(list, now)));
		return result;
	}

	private FailedLogins summary(List<LoginFailure> rows, Instant now) {
		int count = 0;
		Instant last = null;
		Instant lockedUntil = null;
		int lockedClients = 0;
		boolean everyClient = false;
		for (LoginFailure row : rows) {
			if (LoginFailure.ALL_CLIENTS.equals(row.getClient())) {
				boolean recent = !row.getLastFailure().plus(this.properties.lockDuration()).isBefore(now);
				count = (recent || row.isLockedAt(now)) ? row.getFailures() : 0;
				last = row.getLastFailure();
				everyClient = row.isLockedAt(now);
			}
			else if (row.isLockedAt(now)) {
				lockedClients++;
			}
			if (row.isLockedAt(now) && (lockedUntil == null || row.getLockedUntil().isAfter(lockedUntil))) {
				lockedUntil = row.getLockedUntil();
			}
		}
		return new FailedLogins(count, last, lockedUntil, lockedClients, everyClient);
	}

	private static String key(String username) {
		String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return (name.length() > UserAccount.USERNAME_MAX_LENGTH) ? name.substring(0, UserAccount.USERNAME_MAX_LENGTH)
				: name;
	}

}
