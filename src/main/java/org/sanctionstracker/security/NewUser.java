package org.sanctionstracker.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the administrator enters to create an account.
 */
public class NewUser {

	@NotBlank(message = "A user name is required")
	@Size(max = UserAccount.USERNAME_MAX_LENGTH,
			message = "A user name has at most " + UserAccount.USERNAME_MAX_LENGTH + " characters")
	@Pattern(regexp = "[A-Za-z0-9._@-]*", message = "Use letters, digits and . _ @ - only")
	private String username;

	@NotNull(message = "A password is required")
	@Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH,
			message = "Use " + Passwords.MIN_LENGTH + " to " + Passwords.MAX_LENGTH + " characters")
	private String password;

	@NotNull(message = "A role is required")
	private Role role = Role.EDITOR;

	public NewUser() {
	}

	public NewUser(String username, String password, Role role) {
		this.username = username;
		this.password = password;
		this.role = role;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

}
