package org.sanctionstracker.dashboard.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.sanctionstracker.figure.FigurePeriod;
import org.sanctionstracker.figure.FigureRow;

/**
 * Money figures as people write them: "$120 million a year", "$70–80 a month".
 */
final class Money {

	private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥");

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

	private Money() {
	}

	static String format(FigureRow figure) {
		String symbol = SYMBOLS.getOrDefault(figure.currency(), figure.currency() + " ");
		BigDecimal top = (figure.amountMax() != null) ? figure.amountMax() : figure.amount();
		BigDecimal unit = BigDecimal.ONE;
		String unitName = "";
		if (top.compareTo(BILLION) >= 0) {
			unit = BILLION;
			unitName = " billion";
		}
		else if (top.compareTo(MILLION) >= 0) {
			unit = MILLION;
			unitName = " million";
		}
		String amount = number(figure.amount(), unit);
		if (figure.amountMax() != null) {
			amount += "–" + number(figure.amountMax(), unit);
		}
		return symbol + amount + unitName + period(figure.period());
	}

	private static String number(BigDecimal value, BigDecimal unit) {
		return value.divide(unit, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	private static String period(FigurePeriod period) {
		return switch (period) {
			case PER_YEAR -> " a year";
			case PER_MONTH -> " a month";
			case TOTAL -> "";
		};
	}

}
