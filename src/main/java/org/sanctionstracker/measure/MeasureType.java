package org.sanctionstracker.measure;

/**
 * The controlled vocabulary of measure types. Extend with care: every value is a filter
 * option, a chart category and a column in exports.
 */
public enum MeasureType {

	PORT_BAN("Port ban"), SHIPPING_RESTRICTION("Shipping restriction"), TRADE_RESTRICTION("Trade restriction"),
	FINANCIAL_RESTRICTION("Financial restriction"), ASSET_FREEZE("Asset freeze"), REMITTANCE_BAN("Remittance ban"),
	TRAVEL_BAN("Travel ban"), LABOR_BAN("Labour ban"), ARMS_EMBARGO("Arms embargo"), AID_SUSPENSION("Aid suspension"),
	AID_CONDITIONALITY("Aid conditionality"), BUSINESS_CLOSURE("Business closure"), DESIGNATION("Designation"),
	LEGISLATION("Legislation"), UN_RESOLUTION("UN resolution"), SECONDARY_SANCTION("Secondary sanction"),
	/**
	 * An inducement or conciliatory step: talks, tourism, releases, reunions, aid offers.
	 */
	ENGAGEMENT("Engagement"),
	/** A step the target takes in response to pressure. */
	COUNTERMEASURE("Countermeasure"), OTHER("Other");

	private final String label;

	MeasureType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
