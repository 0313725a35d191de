package org.sanctionstracker.base.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.sanctionstracker.base.InvalidInputException;
import org.sanctionstracker.base.RecordChangedException;
import org.sanctionstracker.base.RecordInUseException;
import org.sanctionstracker.base.RecordNotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * The one place that turns what a save or delete can fail with into plain words: refused
 * input (with a reason per field), a record someone else changed, a record still in use,
 * a missing permission, a constraint the database enforced. Anything else is not a user's
 * mistake and goes to the error handler.
 */
public final class DataErrors {

	private DataErrors() {
	}

	/**
	 * What went wrong, for a user.
	 *
	 * @param message the sentence to show
	 * @param fields reasons per form field (draft property name), possibly empty
	 * @param reload whether reloading the record is the way forward (it changed
	 * meanwhile)
	 */
	public record Problem(String message, Map<String, String> fields, boolean reload) {

	}

	/**
	 * Explains an exception from a service, or says it cannot.
	 * @param failure what the service threw
	 * @return the problem, or {@code null} when the failure is unexpected
	 */
	public static Problem explain(Throwable failure) {
		if (failure instanceof InvalidInputException invalid) {
			return new Problem("Not saved: " + String.join(" ", invalid.reasons().values()), invalid.reasons(), false);
		}
		if (failure instanceof ConstraintViolationException violations) {
			Map<String, String> fields = new LinkedHashMap<>();
			for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
				fields.putIfAbsent(field(violation.getPropertyPath()), violation.getMessage());
			}
			return new Problem("Not saved: " + String.join(" ", fields.values()), fields, false);
		}
		if (failure instanceof RecordChangedException changed) {
			return new Problem(changed.getMessage(), Map.of(), true);
		}
		if (failure instanceof OptimisticLockingFailureException) {
			return new Problem("Someone else saved this record at the same moment. Your changes were not saved: "
					+ "reload to see the current version.", Map.of(), true);
		}
		if (failure instanceof RecordInUseException inUse) {
			return new Problem(inUse.getMessage(), Map.of(), false);
		}
		if (failure instanceof RecordNotFoundException missing) {
			return new Problem(missing.getMessage(), Map.of(), true);
		}
		if (failure instanceof AccessDeniedException || failure instanceof AuthenticationException) {
			return new Problem("Not done: your account does not have the permission to do this (now). Entering and "
					+ "changing data needs an editor, managing users an administrator.", Map.of(), false);
		}
		if (failure instanceof DataIntegrityViolationException integrity) {
			return new Problem(integrity(integrity), Map.of(), false);
		}
		return null;
	}

	private static String field(Path path) {
		String last = null;
		for (Path.Node node : path) {
			if (node.getName() != null && node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
				last = node.getName();
			}
		}
		return (last != null) ? last : "";
	}

	private static String integrity(DataIntegrityViolationException failure) {
		String detail = String.valueOf(failure.getMostSpecificCause().getMessage()).toLowerCase(java.util.Locale.ROOT);
		if (detail.contains("uk_actor_iso3")) {
			return "Not saved: another actor already has this ISO code.";
		}
		if (detail.contains("uk_actor_name") || detail.contains("uk_coalition_name")) {
			return "Not saved: another record already has this name.";
		}
		if (detail.contains("uk_source_document_sha256")) {
			return "Not saved: this text is already stored as another document.";
		}
		if (detail.contains("foreign key") || detail.contains("referential")) {
			return "Not done: other records still refer to this one, or one it refers to was deleted meanwhile. "
					+ "Reload and try again.";
		}
		return "Not saved: the data breaks a rule of the database. Reload and check the values.";
	}

}
