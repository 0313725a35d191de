package org.sanctionstracker.security;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.WritingTests;
import org.sanctionstracker.base.ui.DataErrors;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;

/**
 * An account the administrator cannot create is refused in plain words, never with Bean
 * Validation's default text ("size must be between 0 and 60").
 */
class NewUserMessagesTests extends WritingTests {

	@Autowired
	UserAccountService users;

	@Test
	void a_user_name_of_61_characters_is_refused_in_plain_words() {
		as("ada", "ADMIN");
		String name = "u".repeat(UserAccount.USERNAME_MAX_LENGTH + 1);

		RuntimeException refused = catchRuntimeException(
				() -> this.users.create(new NewUser(name, "a-long-enough-password", Role.EDITOR)));

		DataErrors.Problem problem = DataErrors.explain(refused);
		assertThat(problem).isNotNull();
		assertThat(problem.fields()).containsEntry("username",
				"A user name has at most " + UserAccount.USERNAME_MAX_LENGTH + " characters");
		assertThat(problem.message()).doesNotContain("size must be");
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, name))
			.isZero();
	}

}
