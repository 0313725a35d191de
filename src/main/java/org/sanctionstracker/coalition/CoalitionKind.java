package org.sanctionstracker.coalition;

/**
 * What kind of grouping a coalition is.
 */
public enum CoalitionKind {

	ALLIANCE, UN_REGIME, INITIATIVE, TALKS_FRAMEWORK, INTERGOVERNMENTAL_BODY, AD_HOC_COALITION

}
