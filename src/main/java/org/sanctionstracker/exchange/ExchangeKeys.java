package org.sanctionstracker.exchange;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stable key every exchanged record carries. A record from the seed dataset, or one
 * imported under a key, keeps that key ({@code seed_key}). A record created in this
 * database has none stored; it is exchanged as {@code <kind>-<origin>-<id>}, e.g.
 * {@code measure-3f9c01ab-42}, where the origin is a random code this database draws
 * once. Imported elsewhere, the record keeps that key; imported back here, the key finds
 * the record by its id again. Keys of two databases therefore never collide. See
 * {@code docs/decisions/0005-import-export.md}.
 */
@Component
class ExchangeKeys {

	/** The longest key a record can carry (the {@code seed_key} columns). */
	static final int MAX_LENGTH = 100;

	private static final Pattern VALID = Pattern.compile("[\\p{L}\\p{N}._:~-]+");

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private volatile String origin;

	/**
	 * The pattern of keys of records created here, per kind, once the origin is known.
	 */
	private final Map<ExchangeKind, Pattern> localKeys = new ConcurrentHashMap<>();

	ExchangeKeys(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * This database's origin code, drawn and stored on first use.
	 * @return eight lower-case hex digits
	 */
	String origin() {
		String known = this.origin;
		if (known == null) {
			known = this.ownTransaction.execute((status) -> readOrDrawOrigin());
			this.origin = known;
		}
		return known;
	}

	private String readOrDrawOrigin() {
		List<String> stored = this.jdbc.queryForList("select origin from exchange_origin where id = 1", String.class);
		if (!stored.isEmpty()) {
			return stored.get(0);
		}
		byte[] random = new byte[4];
		new SecureRandom().nextBytes(random);
		String drawn = HexFormat.of().formatHex(random);
		try {
			this.jdbc.update("insert into exchange_origin (id, origin) values (1, ?)", drawn);
			return drawn;
		}
		catch (DataIntegrityViolationException drawnElsewhere) {
			return this.jdbc.queryForObject("select origin from exchange_origin where id = 1", String.class);
		}
	}

	/**
	 * The key a record is exchanged under.
	 * @param kind its kind
	 * @param seedKey its stored key, or {@code null}
	 * @param id its id
	 * @return the key
	 */
	String key(ExchangeKind kind, String seedKey, Long id) {
		return (seedKey != null) ? seedKey : kind.keyPrefix() + "-" + origin() + "-" + id;
	}

	/**
	 * The id of the record of this database that a key names when it has the form of keys
	 * for records created here.
	 * @param kind the record's kind
	 * @param key the key
	 * @return the id, or {@code null} when the key is not of that form
	 */
	Long localId(ExchangeKind kind, String key) {
		if (key == null) {
			return null;
		}
		Matcher matcher = this.localKeys
			.computeIfAbsent(kind,
					(k) -> Pattern.compile(Pattern.quote(k.keyPrefix() + "-" + origin() + "-") + "(\\d{1,18})"))
			.matcher(key);
		return matcher.matches() ? Long.valueOf(matcher.group(1)) : null;
	}

	/**
	 * Why a key cannot be used, or {@code null} when it can.
	 * @param key the key
	 * @return the reason, or {@code null}
	 */
	static String problem(String key) {
		if (key == null || key.isBlank()) {
			return "a key is required";
		}
		if (key.length() > MAX_LENGTH) {
			return "a key can be at most " + MAX_LENGTH + " characters";
		}
		if (!VALID.matcher(key).matches()) {
			return "'" + key + "' is not a valid key: use letters, digits and . _ : ~ - only";
		}
		return null;
	}

}
