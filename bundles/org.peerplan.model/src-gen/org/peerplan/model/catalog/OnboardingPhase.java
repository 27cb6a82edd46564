/**
 */
package org.peerplan.model.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Onboarding Phase</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.catalog.CatalogPackage#getOnboardingPhase()
 * @model
 * @generated
 */
public enum OnboardingPhase implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"),

	/**
	 * The '<em><b>PRE SELECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRE_SELECTION_VALUE
	 * @generated
	 * @ordered
	 */
	PRE_SELECTION(1, "PRE_SELECTION", "PRE_SELECTION"),

	/**
	 * The '<em><b>POST SELECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POST_SELECTION_VALUE
	 * @generated
	 * @ordered
	 */
	POST_SELECTION(2, "POST_SELECTION", "POST_SELECTION"),

	/**
	 * The '<em><b>DAY ONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DAY_ONE_VALUE
	 * @generated
	 * @ordered
	 */
	DAY_ONE(3, "DAY_ONE", "DAY_ONE"),

	/**
	 * The '<em><b>WEEK ONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEEK_ONE_VALUE
	 * @generated
	 * @ordered
	 */
	WEEK_ONE(4, "WEEK_ONE", "WEEK_ONE"),

	/**
	 * The '<em><b>FIRST 90 DAYS AND BEYOND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_90_DAYS_AND_BEYOND_VALUE
	 * @generated
	 * @ordered
	 */
	FIRST_90_DAYS_AND_BEYOND(5, "FIRST_90_DAYS_AND_BEYOND", "FIRST_90_DAYS_AND_BEYOND");

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>PRE SELECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRE_SELECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRE_SELECTION_VALUE = 1;

	/**
	 * The '<em><b>POST SELECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POST_SELECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POST_SELECTION_VALUE = 2;

	/**
	 * The '<em><b>DAY ONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DAY_ONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DAY_ONE_VALUE = 3;

	/**
	 * The '<em><b>WEEK ONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEEK_ONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WEEK_ONE_VALUE = 4;

	/**
	 * The '<em><b>FIRST 90 DAYS AND BEYOND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_90_DAYS_AND_BEYOND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIRST_90_DAYS_AND_BEYOND_VALUE = 5;

	/**
	 * An array of all the '<em><b>Onboarding Phase</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OnboardingPhase[] VALUES_ARRAY =
		new OnboardingPhase[] {
			NONE,
			PRE_SELECTION,
			POST_SELECTION,
			DAY_ONE,
			WEEK_ONE,
			FIRST_90_DAYS_AND_BEYOND,
		};

	/**
	 * A public read-only list of all the '<em><b>Onboarding Phase</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OnboardingPhase> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Onboarding Phase</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OnboardingPhase get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OnboardingPhase result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Onboarding Phase</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OnboardingPhase getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OnboardingPhase result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Onboarding Phase</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OnboardingPhase get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case PRE_SELECTION_VALUE: return PRE_SELECTION;
			case POST_SELECTION_VALUE: return POST_SELECTION;
			case DAY_ONE_VALUE: return DAY_ONE;
			case WEEK_ONE_VALUE: return WEEK_ONE;
			case FIRST_90_DAYS_AND_BEYOND_VALUE: return FIRST_90_DAYS_AND_BEYOND;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private OnboardingPhase(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //OnboardingPhase
