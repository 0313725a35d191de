package org.sanctionstracker.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records the queries the application sends while recording is on (SQL text and every
 * parameter as it was set), so that the very same statements can be run again over plain
 * JDBC: the floor a service built on them cannot beat. Installed in the harness's
 * application context as a wrapper around the data source; when not recording it only
 * passes calls on.
 */
final class SqlRecorder {

	/** A query as the application prepared it. */
	record Query(String sql, List<Setter> parameters) {

	}

	/** One {@code set…} call on a prepared statement. */
	record Setter(Method method, Object[] arguments) {

	}

	private static volatile List<Query> recording;

	private SqlRecorder() {
	}

	/** Wraps the application's data source. */
	static BeanPostProcessor postProcessor() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource && !(bean instanceof Recording)) ? new Recording(dataSource)
						: bean;
			}

		};
	}

	/**
	 * Runs an action and returns the queries it executed.
	 * @param action what to record
	 * @return the queries, in order
	 */
	static List<Query> record(Runnable action) {
		List<Query> queries = java.util.Collections.synchronizedList(new ArrayList<>());
		recording = queries;
		try {
			action.run();
		}
		finally {
			recording = null;
		}
		return List.copyOf(queries);
	}

	/**
	 * Runs recorded queries on a connection and reads every column of every row.
	 * @param connection a plain connection
	 * @param queries the queries
	 * @return the number of values read
	 */
	static long replay(Connection connection, List<Query> queries) {
		long values = 0;
		for (Query query : queries) {
			try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
				for (Setter setter : query.parameters()) {
					setter.method().invoke(statement, setter.arguments());
				}
				try (ResultSet rows = statement.executeQuery()) {
					int columns = rows.getMetaData().getColumnCount();
					while (rows.next()) {
						for (int column = 1; column <= columns; column++) {
							if (rows.getObject(column) != null) {
								values++;
							}
						}
					}
				}
			}
			catch (SQLException | IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("Replaying " + query.sql() + " failed", ex);
			}
		}
		return values;
	}

	/** The wrapping data source. */
	static final class Recording extends DelegatingDataSource {

		Recording(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return connection(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return connection(super.getConnection(username, password));
		}

		private static Connection connection(Connection target) {
			return (Connection) Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						Object result = call(target, method, args);
						if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement
								&& args != null && args[0] instanceof String sql) {
							return statement(statement, sql);
						}
						if (method.getName().equals("createStatement") && result instanceof Statement statement) {
							return plainStatement(statement);
						}
						return result;
					});
		}

		private static PreparedStatement statement(PreparedStatement target, String sql) {
			List<Setter> parameters = new ArrayList<>();
			InvocationHandler handler = (proxy, method, args) -> {
				String name = method.getName();
				if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
					parameters.add(new Setter(method, args.clone()));
				}
				else if (name.equals("clearParameters")) {
					parameters.clear();
				}
				else if (name.equals("executeQuery") && (args == null || args.length == 0)) {
					List<Query> queries = recording;
					if (queries != null) {
						queries.add(new Query(sql, List.copyOf(parameters)));
					}
				}
				return call(target, method, args);
			};
			return (PreparedStatement) Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(),
					new Class<?>[] { PreparedStatement.class }, handler);
		}

		/** A statement without parameters (JdbcTemplate's choice for a query without any). */
		private static Statement plainStatement(Statement target) {
			return (Statement) Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(),
					new Class<?>[] { Statement.class }, (proxy, method, args) -> {
						List<Query> queries = recording;
						if (queries != null && method.getName().equals("executeQuery") && args != null
								&& args.length == 1 && args[0] instanceof String sql) {
							queries.add(new Query(sql, List.of()));
						}
						return call(target, method, args);
					});
		}

		private static Object call(Object target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

}
